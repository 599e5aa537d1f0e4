## Shell: header, navigation, footer
portal-name = Støtteportalen
portal-tagline = Hjælp og støtte til voksne – forklaret i almindelige ord
title-suffix = Støtteportalen
skip-to-content = Gå til sidens indhold
nav-label = Hovedmenu
menu-button = Menu
nav-home = Forside
nav-screener = Find hjælp
nav-services = Ydelser
nav-calculators = Beregn
nav-application = Ansøgning
nav-anonymous = Anonym hjælp
footer-label = Sidefod
footer-privacy = Om portalen og dine data
footer-accessibility = Tilgængelighedserklæring
footer-contact = Kontakt kommunen
footer-note = Portalen kører kun i din browser. Den sender ikke noget til nogen, og den bruger ikke cookies eller statistik.
language-label = Sprog
language-da = Dansk
language-en = English
municipality-label = Din kommune
municipality-choose = Vælg kommune
municipality-none = Ingen kommune valgt
municipality-current = Kommune: { $name }
municipality-change = Skift kommune
municipality-choose-button = Vælg
storage-mode-badge-nothing = Anonym: intet gemmes
storage-mode-badge-device = Gemmer på denne enhed

## Shared bits
coming-heading = Det kommer her
coming-meanwhile = Indtil da
contact-fallback = Du kan altid ringe eller skrive til din kommune:
contact-fallback-link = Kontakt kommunen
back-home = Gå til forsiden

## Forside
home-title = Forside
home-heading = Hjælp og støtte til voksne
home-lead = Her kan du læse, hvilken hjælp kommunen giver til voksne, der har det svært. Du kan finde ud af, hvad der måske passer til dig. Og du kan gøre en ansøgning klar.
home-municipality-heading = Vælg din kommune
home-municipality-text = Hver kommune bestemmer selv en del af hjælpen. Vælg din kommune, så ser du dens regler.
home-tasks-heading = Hvad vil du gøre?
home-task-screener = Find ud af, hvilken hjælp der måske passer til dig
home-task-screener-text = Svar på nogle få spørgsmål. Du får at vide hvorfor.
home-task-services = Læs om kommunens ydelser
home-task-services-text = Hvad du kan få, hvem det er til, og hvad det koster.
home-task-calculators = Beregn egenbetaling og kompensationsydelse
home-task-calculators-text = Se et skøn over, hvad du skal betale eller kan få.
home-task-application = Gør en ansøgning klar
home-task-application-text = Skriv den her, gem den som fil, og print den.
home-task-anonymous = Anonym hjælp
home-task-anonymous-text = Hjælp til misbrug, vold eller krise – uden navn og uden spor.
home-helper-heading = Hjælper du en anden?
home-helper-text = Du kan også bruge portalen, hvis du hjælper en pårørende eller en anden. Så står der "personen" i stedet for "du".
home-privacy-heading = Dine data bliver hos dig
home-privacy-text = Alt sker i din browser. Portalen sender intet af sted. Den gemmer kun noget, hvis du selv siger ja.
home-privacy-link = Læs om dine data

## Find hjælp (screener)
screener-title = Find hjælp
screener-heading = Find hjælp, der måske passer til dig

## Ydelser (catalogue)
services-title = Ydelser
services-heading = Kommunens ydelser til voksne

## Beregn (calculators)
calculators-title = Beregn
calculators-heading = Beregn egenbetaling og kompensationsydelse

## Ansøgning (draft)
application-title = Ansøgning
application-heading = Gør en ansøgning klar
application-lead = Skriv en ansøgning til kommunens socialafdeling her i browseren. Du kan gemme den som fil, printe den eller gemme den som PDF. Bagefter ved du, hvad der sker, og hvornår.

## Anonym hjælp
anonymous-title = Anonym hjælp
anonymous-heading = Hjælp uden navn og uden spor
anonymous-danger = Er du i fare lige nu? Ring 112.
anonymous-saved-heading = Der er stadig gemt noget på denne enhed
anonymous-saved-text = Portalen gemmer ikke noget nu. Men fra et tidligere besøg ligger dette stadig på enheden:
anonymous-saved-draft = Din ansøgning kan indeholde dit navn. Andre, der bruger enheden, kan se den.
anonymous-saved-delete = Slet det gemte nu
anonymous-saved-deleted = Det gemte er slettet fra denne enhed.

## Om portalen og dine data (privacy)
privacy-title = Om portalen og dine data
privacy-heading = Om portalen og dine data
privacy-lead = Støtteportalen kører kun i din browser. Den sender ikke dine svar til kommunen eller til andre. Der er ingen cookies, ingen statistik og ingen login.
privacy-modes-heading = Vælg, hvad portalen må gemme
privacy-modes-legend = Hvad må portalen gemme?
privacy-mode-nothing = Intet – brug portalen uden at gemme noget
privacy-mode-nothing-hint = Portalen skriver intet på din enhed. Dine svar forsvinder, når du lukker fanen.
privacy-mode-memory = Kun mens fanen er åben (standard)
privacy-mode-memory-hint = Dine svar huskes, mens du bruger portalen. De forsvinder, når du lukker fanen. Der skrives intet på din enhed.
privacy-mode-device = Gem på denne enhed
privacy-mode-device-hint = Portalen gemmer tingene i listen nedenfor i din browser på denne enhed, indtil du sletter dem – også en kopi af portalens egne sider, så de virker uden internet. Vælg kun dette på din egen enhed.
privacy-mode-save = Gem mit valg
privacy-mode-saved = Dit valg er gemt: { $mode }
privacy-current = Lige nu: { $mode }
privacy-items-heading = Det kan portalen gemme på din enhed
privacy-items-intro = Kun hvis du har valgt "Gem på denne enhed". I de andre valg gemmes intet på din enhed.
privacy-item-consent = At du har sagt ja til, at portalen må gemme på denne enhed.
privacy-item-language = Det sprog, du har valgt (dansk eller engelsk).
privacy-item-municipality = Den kommune, du har valgt.
privacy-item-screener-answers = Dine svar i Find hjælp (fx alder, bolig og hvad der er svært i hverdagen).
privacy-item-offline = En kopi af portalens egne sider og filer, så du kan læse dem uden internet. Kopien indeholder ingen af dine svar. Den bliver opdateret, når der kommer en ny version af portalen.
privacy-delete-heading = Slet alle mine data
privacy-delete-text = Knappen sletter alt, hvad portalen har gemt på denne enhed, og alt, du har skrevet i denne fane. Bagefter gemmer portalen intet, før du siger ja igen.
privacy-delete-button = Slet alle mine data
privacy-deleted = Alt er slettet. Portalen gemmer nu kun, mens fanen er åben.
privacy-history-heading = Det kan portalen ikke slette
privacy-history-text = Portalen kan ikke slette din browsers historik over besøgte sider. Vil du ikke efterlade spor, så brug et privat vindue (inkognito) og luk det bagefter.
privacy-sent-heading = Hvad sendes?
privacy-sent-text = Intet. Alle filer kommer fra portalens egen adresse. Der er ingen skrifttyper, scripts eller billeder fra andre steder.

## Tilgængelighedserklæring
a11y-title = Tilgængelighedserklæring
a11y-heading = Tilgængelighedserklæring
a11y-lead = Støtteportalen skal kunne bruges af alle. Den skal leve op til standarden EN 301 549 og WCAG 2.1 på niveau AA.
a11y-official-heading = Den officielle erklæring
a11y-official-text = Den officielle tilgængelighedserklæring bliver offentliggjort i Digitaliseringsstyrelsens værktøj WAS-Tool. Denne side fortæller det samme i korte træk.
a11y-testing-heading = Sådan tester vi
a11y-testing-1 = Hver gang portalen ændres, tester vi automatisk alle sider med værktøjet axe på en mobil (360 pixel bred) og på en computer (1280 pixel bred).
a11y-testing-2 = Vi går siderne igennem med kun tastaturet.
a11y-testing-3 = Vi tjekker, at siderne kan bruges med 200 % zoom og på en skærm, der kun er 320 pixel bred.
a11y-testing-4 = Alle sider bruger almindelig HTML med overskrifter, etiketter og landemærker, så skærmlæsere kan bruge dem.
a11y-known-heading = Det virker ikke endnu
a11y-known-1 = Find hjælp, Beregn og Ansøgning virker kun med JavaScript. Uden JavaScript viser de, hvordan du kontakter kommunen.
a11y-known-2 = De andre sider kan læses uden JavaScript. Men du kan ikke vælge kommune, skifte sprog eller søge uden JavaScript.
a11y-known-3 = Vi har ikke testet med alle skærmlæsere endnu.
a11y-contact-heading = Fandt du et problem?
a11y-contact-text = Skriv til din kommune, hvis noget ikke virker for dig.
a11y-updated = Senest gennemgået: 23. november 2026.

## Kontakt kommunen
contact-title = Kontakt kommunen
contact-heading = Kontakt kommunen
contact-lead = Har du spørgsmål, eller vil du søge om hjælp? Kontakt Socialafdelingen i din kommune.
contact-choose = Vælg din kommune for at se telefon, e-mail og telefontider.
contact-address = Adresse
contact-phone = Telefon
contact-email = E-mail
contact-website = Hjemmeside
contact-hours = Telefontider
contact-source = Kilde: { $source }
contact-danger = Er du i fare lige nu? Ring 112.

## 404
notfound-title = Siden findes ikke
notfound-heading = Siden findes ikke
notfound-text = Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert, eller siden er flyttet.
notfound-help = Prøv at gå til forsiden eller brug menuen.

## Update notice (the offline copy has a new version waiting)
update-notice-text = Der er en ny version af portalen.
update-notice-button = Genindlæs siden
# While the app loads (public/boot.js, AppStatus in src/ui/shell.rs)
app-status-waiting = Vent lidt – siden er ved at blive klar. Så sker det, du trykkede på.
app-status-failed = Siden kunne ikke blive helt klar. Tjek din internetforbindelse, og genindlæs siden.
# app.html until the app has loaded (LoadingShell in src/ui/shell.rs)
app-loading = Siden hentes. Det kan tage lidt tid, hvis forbindelsen er langsom.

## Form fields and the step indicator (src/ui/components)
form-error-prefix = Fejl:
step-status-current = du er her
step-status-done = udfyldt

## Uden JavaScript (forudgengivne sider)
needs-js-heading = Denne del kræver JavaScript
needs-js-text = Spørgsmål, beregninger og ansøgningen virker kun, når JavaScript er slået til i din browser. Du kan altid ringe til kommunen i stedet:
needs-js-phone = { $kommune }: ring på { $telefon }
needs-js-web = { $kommune }: se { $web }
needs-js-none = { $kommune }: kilderne giver intet telefonnummer. Find det på kommunens egen hjemmeside.
needs-js-other = Andre kommuner: portalen har ikke deres telefonnummer. Find det på kommunens egen hjemmeside eller på borger.dk.
needs-js-danger = Er du i fare lige nu? Ring 112.

## Stored items: short names and notices (src/ui/shell.rs, StorageNotices)

privacy-name-consent = dit ja til at gemme på denne enhed
privacy-name-language = dit valg af sprog
privacy-name-municipality = dit valg af kommune
privacy-name-screener-answers = dine svar i Find hjælp
privacy-name-calculation = din beregning af kompensationsydelse
privacy-name-application = din ansøgning
privacy-name-offline = kopien af portalen til brug uden internet
storage-unreadable-heading = Noget, der er gemt på denne enhed, kan ikke læses
storage-unreadable-text = Portalen kan ikke læse { $hvad }. Måske er det gemt af en anden udgave af portalen. Eller også blev det ikke gemt helt. Intet andet er ændret.
storage-unreadable-kept = Portalen gemmer ikke noget nyt oven i det, før du har valgt. Du kan hente den gemte tekst som en fil. Så kan du se, om der er noget, du vil bruge. Eller du kan slette den.
storage-unreadable-download = Hent den gemte tekst
storage-unreadable-delete = Slet den
storage-not-saved = Portalen kunne ikke gemme { $hvad } på denne enhed. Browseren sagde nej, måske fordi der ikke er mere plads. Det er stadig her i fanen, så længe den er åben. Gem din ansøgning som fil, så du ikke mister den.
storage-other-tab = Du har ændret { $hvad } i en anden fane. Her ser du nu det nyeste.
storage-notice-close = Luk beskeden
