# "Læs op" (src/ui/components/read_aloud.rs): the page's main text read aloud by a voice
# on the device.
read-aloud-group = Oplæsning
read-aloud-start = Læs op
read-aloud-pause = Pause
read-aloud-resume = Fortsæt
read-aloud-stop = Stop
read-aloud-preparing = Finder en stemme på enheden …
read-aloud-reading = Læser op.
read-aloud-paused = Oplæsningen er sat på pause.
read-aloud-finished = Oplæsningen er slut.
read-aloud-stopped = Oplæsningen er stoppet.
read-aloud-no-voice-da = Din browser har ingen dansk stemme på enheden. Læs op virker ikke her.
read-aloud-no-voice-en = Din browser har ingen engelsk stemme på enheden. Læs op virker ikke her.
read-aloud-remote-only = Browserens andre stemmer sender teksten til en anden virksomhed, så dem bruger vi ikke.
read-aloud-unsupported = Din browser kan ikke læse op. Læs op virker ikke her.
read-aloud-empty = Der er ingen tekst at læse op.
read-aloud-failed = Oplæsningen stoppede med en fejl. Prøv igen.
read-aloud-now = Læser nu:
