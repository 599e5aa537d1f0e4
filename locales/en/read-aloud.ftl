# "Read aloud" (src/ui/components/read_aloud.rs): the page's main text read aloud by a
# voice on the device.
read-aloud-group = Read aloud
read-aloud-start = Read aloud
read-aloud-pause = Pause
read-aloud-resume = Continue
read-aloud-stop = Stop
read-aloud-preparing = Looking for a voice on this device …
read-aloud-reading = Reading aloud.
read-aloud-paused = Reading is paused.
read-aloud-finished = Reading has finished.
read-aloud-stopped = Reading has stopped.
read-aloud-no-voice-da = Your browser has no Danish voice on this device. Read aloud does not work here.
read-aloud-no-voice-en = Your browser has no English voice on this device. Read aloud does not work here.
read-aloud-remote-only = The browser's other voices send the text to another company, so we do not use them.
read-aloud-unsupported = Your browser cannot read aloud. Read aloud does not work here.
read-aloud-empty = There is no text to read aloud.
read-aloud-failed = Reading stopped with an error. Please try again.
read-aloud-now = Now reading:
