# Find hjælp (the screener).
#
# Part 1: every message id the domain produces (src/domain/screener/besked.rs, BESKED_IDS),
# first copied from tests/cases/screener/beskeder.da.ftl (same ids; the wording may be
# improved here, this is the copy the app uses).
# Every domain message gets $hvem: "du" (the citizen answers) or "personen" (a helper
# answers). In helper mode "du" is the helper and "personen" the citizen.
#
# Part 2: the pages (src/ui/pages/screener/).

## Verdicts, statuses, roles

screener-vurdering-kan-passe = Kan passe
screener-vurdering-kommunen-vurderer = Kommunen vurderer
screener-vurdering-passer-nok-ikke = Passer nok ikke
screener-status-opfyldt = Opfyldt
screener-status-ikke-opfyldt = Ikke opfyldt
screener-status-ikke-besvaret = Ikke besvaret
screener-status-vurderes-individuelt = Kommunen vurderer
screener-rolle-krav = Krav
screener-rolle-oenske = { $hvem ->
    [personen] Personens ønske
   *[du] Dit ønske
}
screener-rolle-delydelse = Gælder kun en del af hjælpen
screener-rolle-forbehold = Det ser kommunen også på

## Questions (one per page) and answers

screener-q-hvem = Hvem svarer?
screener-q-hvem-selv = Jeg svarer for mig selv
screener-q-hvem-hjaelper = Jeg hjælper en anden
screener-q-kommune = { $hvem ->
    [personen] Hvilken kommune bor personen i?
   *[du] Hvilken kommune bor du i?
}
screener-q-alder = { $hvem ->
    [personen] Hvor gammel er personen?
   *[du] Hvor gammel er du?
}
screener-q-alder-ved-ikke = Ved ikke
screener-q-bolig = { $hvem ->
    [personen] Hvor bor personen?
   *[du] Hvor bor du?
}
screener-q-bolig-egen-bolig = I en almindelig bolig, lejet eller ejet
screener-q-bolig-botilbud = I et botilbud med personale
screener-q-bolig-ingen-bolig = Ingen bolig, eller ved at miste boligen
screener-q-bolig-ved-ikke = Ved ikke
screener-q-vanskeligheder = { $hvem ->
    [personen] Hvad er svært for personen i hverdagen? Vælg alt, der passer.
   *[du] Hvad er svært for dig i hverdagen? Vælg alt, der passer.
}
screener-q-vanskeligheder-ingen = Intet af dette
screener-q-niveau = { $hvem ->
    [personen] Hvor svært er det for personen: { $tema }?
   *[du] Hvor svært er det for dig: { $tema }?
}
screener-q-niveau-ingen = Ingen problemer
screener-q-niveau-lidt = Lidt svært
screener-q-niveau-noget = Noget svært
screener-q-niveau-meget = Meget svært
screener-q-niveau-kan-ikke = Kan slet ikke
screener-q-niveau-ved-ikke = Ved ikke
screener-q-socialt = { $hvem ->
    [personen] Er noget af dette en del af personens liv lige nu? Vælg alt, der passer.
   *[du] Er noget af dette en del af dit liv lige nu? Vælg alt, der passer.
}
screener-q-socialt-stoffer = Stoffer
screener-q-socialt-alkohol = For meget alkohol
screener-q-socialt-vold = Vold eller trusler om vold
screener-q-socialt-hjemloeshed = Ingen bolig, eller ved at miste boligen
screener-q-socialt-isolation = Meget alene
screener-q-socialt-akut-krise = En akut krise lige nu
screener-q-socialt-ingen = Intet af dette
screener-q-anonym = { $hvem ->
    [personen] Vil personen helst være anonym?
   *[du] Vil du helst være anonym?
}
screener-q-paaroerende = { $hvem ->
    [personen] Er der en pårørende, der passer personen og kan have brug for en pause?
   *[du] Er der en pårørende, der passer dig og kan have brug for en pause?
}
screener-q-doevblind = { $hvem ->
    [personen] Er personen døvblind? Det betyder, at både syn og hørelse er meget nedsat.
   *[du] Er du døvblind? Det betyder, at både syn og hørelse er meget nedsat.
}
screener-q-pension = { $hvem ->
    [personen] Får personen pension?
   *[du] Får du pension?
}
screener-q-pension-folkepension = Folkepension
screener-q-pension-foertidspension-foer-2003 = Førtidspension, som blev givet før 1. januar 2003
screener-q-pension-foertidspension-fra-2003 = Førtidspension, som blev givet 1. januar 2003 eller senere
screener-q-pension-udskudt-folkepension = Folkepensionen er udskudt
screener-q-pension-ingen = Ingen pension
screener-q-pension-ved-ikke = Ved ikke
screener-q-bpa = { $hvem ->
    [personen] Har personen BPA efter § 96 eller tilskud til selv at ansætte hjælpere efter § 95?
   *[du] Har du BPA efter § 96 eller tilskud til selv at ansætte hjælpere efter § 95?
}
screener-q-merudgifter = { $hvem ->
    [personen] Har personen ekstra udgifter i hverdagen på grund af et varigt handicap? Det kan fx være medicin, kørsel eller særlig kost.
   *[du] Har du ekstra udgifter i hverdagen på grund af et varigt handicap? Det kan fx være medicin, kørsel eller særlig kost.
}
screener-svar-ja = Ja
screener-svar-nej = Nej
screener-svar-ved-ikke = Ved ikke

## The areas of daily life (VUM themes) in everyday words

screener-tema-fysisk-funktion = Kroppen, fx at se, høre, gå eller bruge hænderne
screener-tema-psykisk-funktion = Tanker og følelser, fx at huske, koncentrere sig eller styre angst
screener-tema-socialt-problem = Sociale problemer
screener-tema-praktiske-opgaver = Praktiske ting i hjemmet, fx at gøre rent, vaske tøj, købe ind og lave mad
screener-tema-samfundsliv = Penge, post, arbejde og kontakt med det offentlige
screener-tema-socialt-liv = At være sammen med andre
screener-tema-sundhed = Helbredet, fx at tage medicin, sove, spise og gå til læge
screener-tema-kommunikation = At tale med andre og forstå dem
screener-tema-mobilitet = At komme rundt, ude og inde
screener-tema-egenomsorg = At passe på sig selv, fx vaske sig, klæde sig på og spise
screener-tema-omgivelser = Hjemmet og menneskene omkring

## Criteria: what the rule says

screener-krit-min-alder = { $hvem ->
    [personen] Personen skal være fyldt { $min } år.
   *[du] Du skal være fyldt { $min } år.
}
screener-krit-max-folkepensionsalder = { $hvem ->
    [personen] Personen skal være under folkepensionsalderen.
   *[du] Du skal være under folkepensionsalderen.
}
screener-krit-max-folkepensionsalder-min-67 = { $hvem ->
    [personen] Personen skal være under folkepensionsalderen, når hjælpen begynder. Grænsen er aldrig under { $mindst } år.
   *[du] Du skal være under folkepensionsalderen, når hjælpen begynder. Grænsen er aldrig under { $mindst } år.
}
screener-krit-udelukket-misbrug = Hjælpen er ikke til et misbrug af stoffer eller alkohol.
screener-krit-udelukket-sindslidelse = Hjælpen er ikke til en sindslidelse.
screener-krit-udelukket-andre-sociale-problemer = Hjælpen er kun, når der ikke er andre sociale problemer.
screener-krit-udelukket-foertidspension-foer-2003 = Hjælpen gives ikke til førtidspension, der blev givet efter reglerne fra før 1. januar 2003.
screener-krit-udelukket-botilbud = Hjælpen gives ikke til den, der bor i et botilbud.
screener-krit-udelukket-folkepension = Hjælpen gives ikke til den, der får folkepension.
screener-krit-behov-temaer = { $hvem ->
    [personen] Personen skal have svært ved mindst én af disse ting: { $temaer }.
   *[du] Du skal have svært ved mindst én af disse ting: { $temaer }.
}
screener-krit-vum = { $samme ->
    [ja] Problemerne med { $tema } skal være et { $fra }.
   *[nej] Problemerne med { $tema } skal være fra et { $fra } til et { $til }.
}
screener-krit-vum-en-af = Mindst én af disse ting skal passe: { $temaer }.
screener-krit-vum-alle = Alle disse ting skal passe: { $temaer }.
screener-krit-behov-vurderes = { $hvem ->
    [personen] Kommunen vurderer personens behov ud fra hele personens situation.
   *[du] Kommunen vurderer dit behov ud fra hele din situation.
}
screener-krit-forbehold = Kommunens regler siger også: { $tekst }
screener-krit-anonym = { $hvem ->
    [personen] Personen vil helst være anonym.
   *[du] Du vil helst være anonym.
}
screener-krit-s81-raadgivning = Rådgivning er for alle med nedsat funktionsevne eller sociale problemer.
screener-krit-s82c-akut-krise = Socialt akuttilbud er for voksne i en akut psykisk krise.
screener-krit-s84-paaroerende = Hjælpen giver en pårørende, der passer en anden, en pause.
screener-krit-s98-doevblind = Hjælpen er for den, der er døvblind.
screener-krit-s99-udsat = Hjælpen er for den, der er meget udsat eller alene, fx på grund af misbrug, hjemløshed eller psykiske problemer.
screener-krit-s100-merudgifter = Der skal være ekstra udgifter i hverdagen på grund af et varigt handicap.
screener-krit-s101-stoffer = Behandlingen er for den, der tager stoffer.
screener-krit-s101a-ingen-andre-problemer = Den anonyme behandling er kun, når der ikke er andre sociale problemer.
screener-krit-s109-vold = Krisecentret er for den, der har været udsat for vold eller trusler om vold.
screener-krit-s109-kvinder = Krisecentre efter § 109 er for kvinder.
screener-krit-s110-bolig = Forsorgshjemmet er for den, der ikke har en bolig eller ikke kan bo i sin bolig.
screener-krit-ledsagelse-hovedparten = Der skal være svære eller fuldstændige problemer på de fleste områder af livet.

## Explanations: why a criterion has its status

screener-forkl-ikke-besvaret = Du har ikke svaret på det.
screener-forkl-alder = { $hvem ->
    [personen] Du har svaret, at personen er { $alder } år.
   *[du] Du har svaret, at du er { $alder } år.
}
screener-forkl-pensionsalder-antaget = Vi regner med, at folkepensionsalderen er { $pensionsalder } år. Kommunen tjekker den præcise alder.
screener-forkl-s97-beholder = { $hvem ->
    [personen] Fik personen ledsageordningen før folkepensionsalderen, beholder personen den.
   *[du] Fik du ledsageordningen før folkepensionsalderen, beholder du den.
}
screener-forkl-udskudt-pension = { $hvem ->
    [personen] Personen har udskudt sin folkepension. Så gælder grænsen ikke.
   *[du] Du har udskudt din folkepension. Så gælder grænsen ikke.
}
screener-forkl-folkepension = { $hvem ->
    [personen] Du har svaret, at personen får folkepension.
   *[du] Du har svaret, at du får folkepension.
}
screener-forkl-foertidspension-foer-2003 = { $hvem ->
    [personen] Du har svaret, at personen fik førtidspension før 2003.
   *[du] Du har svaret, at du fik førtidspension før 2003.
}
screener-forkl-bpa-undtagelse = { $hvem ->
    [personen] Personen har BPA eller tilskud til hjælpere. Så gælder reglen om førtidspension ikke.
   *[du] Du har BPA eller tilskud til hjælpere. Så gælder reglen om førtidspension ikke.
}
screener-forkl-bpa-nej = { $hvem ->
    [personen] Personen fik førtidspension før 2003 og har ikke BPA eller tilskud til hjælpere.
   *[du] Du fik førtidspension før 2003 og har ikke BPA eller tilskud til hjælpere.
}
screener-forkl-bpa-ukendt = Med BPA efter § 96 eller tilskud til hjælpere efter § 95 gælder reglen ikke. Det ser kommunen på.
screener-forkl-pension-anden = Du har svaret, at det ikke er den slags pension.
screener-forkl-under-pensionsalder = { $hvem ->
    [personen] Personen er under folkepensionsalderen.
   *[du] Du er under folkepensionsalderen.
}
screener-forkl-under-18 = { $hvem ->
    [personen] Personen er under 18 år.
   *[du] Du er under 18 år.
}
screener-forkl-misbrug = Du har nævnt stoffer eller alkohol.
screener-forkl-ingen-misbrug = Du har ikke nævnt stoffer eller alkohol.
screener-forkl-psykisk-vurderes = Du har svaret, at tanker og følelser er svære. Kommunen vurderer, hvad det betyder her.
screener-forkl-ingen-psykisk = Du har ikke valgt tanker og følelser som noget, der er svært.
screener-forkl-andre-problemer = Du har nævnt andre sociale problemer, fx vold, ingen bolig, at være meget alene eller en krise.
screener-forkl-ingen-andre-problemer = Du har ikke nævnt andre sociale problemer.
screener-forkl-botilbud = Du har svaret, at boligen er et botilbud.
screener-forkl-ikke-botilbud = Du har svaret, at boligen ikke er et botilbud.
screener-forkl-tema-valgt = Du har valgt { $tema } som noget, der er svært.
screener-forkl-doevblind-fysisk = Du har svaret ja til døvblindhed. Det tæller som nedsat fysisk funktion.
screener-forkl-ingen-temaer = Du har ikke valgt nogen af disse ting.
screener-forkl-niveau-ukendt = Du har ikke svaret på, hvor svært { $tema } er.
screener-forkl-niveau-under = Dit svar om { $tema } svarer til niveau { $niveau }. Det er lavere end kravet.
screener-forkl-niveau-inden = Dit svar om { $tema } svarer til niveau { $niveau }. Det passer med kravet.
screener-forkl-niveau-over = Dit svar om { $tema } svarer til niveau { $niveau }. Det er mere, end denne træning er til. Kommunen kan se på anden hjælp.
screener-forkl-note = { $tekst }
screener-forkl-kilde-uklar = Kilden er ikke entydig her: { $tekst } Kommunen vurderer det.
screener-forkl-niveau-uklar = Dit svar om { $tema } svarer til niveau { $niveau }. Kilden er ikke entydig om det niveau: { $tekst } Kommunen vurderer det.
screener-forkl-behov-vurderes = Kommunens regler: { $tekst }
screener-forkl-anonym-mulig = Her er det muligt at være anonym.
screener-forkl-anonym-ikke-mulig = Beskrivelsen siger ikke, at du kan være anonym her. Du kan stadig søge eller spørge.
screener-forkl-svaret-ja = Du har svaret ja.
screener-forkl-svaret-nej = Du har svaret nej.
screener-forkl-noget-er-svaert = Du har svaret, at noget er svært.
screener-forkl-alle-kan-faa-raad = { $hvem ->
    [personen] Rådgivningen er for den, der har nedsat funktionsevne eller særlige sociale problemer. Kommunen vurderer, om det gælder personen.
   *[du] Rådgivningen er for dig, der har nedsat funktionsevne eller særlige sociale problemer. Kommunen vurderer, om det gælder dig.
}
screener-forkl-akut-krise = Du har nævnt en akut krise.
screener-forkl-ingen-akut-krise = Du har ikke nævnt en akut krise.
screener-forkl-udsat = Du har nævnt at være meget alene, ingen bolig eller misbrug.
screener-forkl-ikke-udsat = Du har ikke nævnt at være meget alene, ingen bolig eller misbrug.
screener-forkl-stoffer = Du har nævnt stoffer.
screener-forkl-kun-alkohol = Du har nævnt alkohol, men ikke stoffer. Behandling for alkohol hører under sundhedsloven § 141, ikke under serviceloven § 101 (Viborg Kommunes kvalitetsstandarder 2020, afsnit 1.4.5).
screener-forkl-ingen-stoffer = Du har ikke nævnt stoffer.
screener-forkl-vold = Du har nævnt vold eller trusler.
screener-forkl-ingen-vold = Du har ikke nævnt vold eller trusler.
screener-forkl-kvinder = Lederen af krisecentret vurderer, hvem der kan bo der.
screener-forkl-hjemloes = Du har svaret, at der ingen bolig er, eller at boligen er ved at gå tabt.
screener-forkl-har-bolig = Du har svaret, at der er en bolig.
screener-forkl-hovedparten = Du har svaret, at { $antal } af { $ud_af } områder er meget svære eller umulige.

## What might help instead

screener-alt-alkohol = Behandling for alkohol hører under sundhedsloven § 141. Spørg kommunen eller din læge (Viborg Kommunes kvalitetsstandarder 2020, afsnit 1.4.5).
screener-alt-botilbud = I et botilbud er støtten en del af botilbuddet. Tal med personalet eller sagsbehandleren.
screener-alt-raadgivning = Kommunen giver gratis råd om, hvilken hjælp der findes.

## Immediate help

screener-straks-112 = Er nogen i fare lige nu? Ring 112.
screener-straks-krisecenter = { $hvem ->
    [personen] Personen kan selv kontakte et krisecenter ({ $navn }). Der skal ikke søges hos kommunen først, og personen kan være anonym.
   *[du] Du kan selv kontakte et krisecenter ({ $navn }). Du skal ikke søge hos kommunen først, og du kan være anonym.
}
screener-straks-akuttilbud = { $hvem ->
    [personen] Er personen i en akut psykisk krise, kan personen selv kontakte et socialt akuttilbud ({ $navn }). Der skal ikke søges først.
   *[du] Er du i en akut psykisk krise, kan du selv kontakte et socialt akuttilbud ({ $navn }). Du skal ikke søge først.
}
screener-straks-anonym-behandling = { $hvem ->
    [personen] Personen kan få behandling for stoffer uden at sige sit navn ({ $navn }). Kontakten kan ske anonymt på nettet eller i telefonen.
   *[du] Du kan få behandling for stoffer uden at sige dit navn ({ $navn }). Du kan kontakte kommunen anonymt på nettet eller i telefonen.
}
screener-straks-anonym-raadgivning = { $hvem ->
    [personen] Personen kan få råd hos kommunen uden at sige sit navn ({ $navn }).
   *[du] Du kan få råd hos kommunen uden at sige dit navn ({ $navn }).
}
screener-straks-nu-112 = Ring 112, hvis nogen er i fare. Du kan ringe til 112 hele døgnet.
screener-straks-nu-ingen-nummer = Portalen har ikke telefonnummer eller adresse til { $navn }.
screener-straks-nu-kommune-telefon = { $afdeling } i { $kommune } kan fortælle, hvordan { $hvem ->
    [personen] personen får
   *[du] du får
} fat i hjælpen. Ring på { $telefon } ({ $tider }).
screener-straks-nu-kommune-web = { $kommune } kan fortælle, hvordan { $hvem ->
    [personen] personen får
   *[du] du får
} fat i hjælpen. Portalen har ikke kommunens telefonnummer. Se { $web }.
screener-straks-nu-ingen-kommune = Portalen har ikke kontaktoplysninger fra { $hvem ->
    [personen] personens kommune
   *[du] din kommune
}. Find dem på kommunens hjemmeside eller på borger.dk.
screener-straks-nu-ellers-112 = Er det uden for telefontiden, og er nogen i fare? Ring 112.

## Next steps and documents

screener-naeste-soeg-hos-kommunen = { $hvem ->
    [personen] { $kommune } vurderer personens sag, før hjælpen begynder. Her står, hvordan I kommer i gang:
   *[du] { $kommune } vurderer din sag, før hjælpen begynder. Her står, hvordan du kommer i gang:
}
screener-naeste-kontakt-stedet = Kommunen skal ikke vurdere sagen først. Her står, hvordan kontakten sker:
screener-dok-fuldmagt = En fuldmagt, som personen skriver under, hvis du skal handle for personen over for kommunen.
screener-dok-helbred = { $hvem ->
    [personen] Papirer fra læge, sygehus eller psykiatri om personens handicap eller sygdom, hvis I har dem.
   *[du] Papirer fra læge, sygehus eller psykiatri om dit handicap eller din sygdom, hvis du har dem.
}
screener-dok-merudgifter = En liste over de ekstra udgifter, handicappet giver, fx til medicin, kørsel eller kost. Gem kvitteringer og regninger.
screener-dok-pension = Brevet om pensionen, fx afgørelsen om førtidspension.
screener-dok-bpa = Afgørelsen om BPA eller tilskud til hjælpere.
screener-dok-ledsager = Navnet på en person, der kan være ledsager, hvis der er en.
screener-dok-kvitteringer = Kvitteringer for ledsagerens eller kontaktpersonens udgifter, når I er ude sammen.
screener-dok-oekonomi = Oplysninger om indtægt og faste udgifter. Kommunen regner betalingen ud fra dem.

## ---------------------------------------------------------------- Part 2: the pages

## Start page
screener-start-lead = Svar på nogle få spørgsmål om hverdagen. Så ser du, hvilken hjælp fra kommunen der måske passer – og hvorfor.
screener-start-how-heading = Sådan virker det
screener-start-how-1 = Du svarer på ét spørgsmål ad gangen. Du kan altid svare "Ved ikke". Det tager omkring 5 minutter.
screener-start-how-2 = Bagefter ser du, hvilke ydelser der kan passe, hvilke kommunen skal vurdere, og hvilke der nok ikke passer. Du ser hvorfor, hvilken regel det bygger på, og hvor reglen står.
screener-start-how-3 = Hjælper du en anden, så vælg "Jeg hjælper en anden". Så står der "personen" i stedet for "du".
screener-start-decide-heading = Guiden bestemmer ikke noget
screener-start-decide = Det er kun et første overblik. Det er altid kommunen, der vurderer situationen og træffer afgørelsen. Du kan altid søge eller spørge kommunen, uanset hvad guiden viser.
screener-start-button = Start
screener-start-resume-heading = Du er allerede i gang
screener-start-resume = Fortsæt, hvor du slap
screener-start-check = Se dine svar
screener-start-over = Start forfra
screener-start-privacy-heading = Dine svar
screener-start-privacy = Dine svar bliver i din browser og sendes ikke til nogen. De huskes kun, mens fanen er åben – medmindre du har valgt at gemme på denne enhed.
screener-start-privacy-link = Læs om dine data

## Question pages
screener-back = Tilbage
screener-step = Del { $nr } af { $antal }: { $afsnit }
screener-afsnit-1 = Grundoplysninger
screener-afsnit-2 = Hverdagen
screener-afsnit-3 = Livssituationen
screener-afsnit-4 = Penge og pension
screener-continue = Fortsæt
screener-or = eller
screener-title-error = Fejl: { $title }
screener-error-summary = Der er et problem
screener-kommune-vaelg = Vælg kommune
screener-alder-hint = Skriv alderen i hele år, fx 45.
screener-alder-unit = år
screener-alder-aar = { $alder } år
screener-fejl-hvem = Vælg, om du svarer for dig selv eller hjælper en anden.
screener-fejl-kommune = { $hvem ->
    [personen] Vælg den kommune, personen bor i.
   *[du] Vælg den kommune, du bor i.
}
screener-fejl-alder-tom = { $hvem ->
    [personen] Skriv personens alder, eller vælg "Ved ikke".
   *[du] Skriv din alder, eller vælg "Ved ikke".
}
screener-fejl-alder-tal = Skriv alderen med tal, fx 45.
screener-fejl-alder-negativ = Alderen kan ikke være under 0 år.
screener-fejl-alder-for-hoej = Alderen skal være 130 år eller lavere. Tjek, at den er skrevet rigtigt.
screener-fejl-alder-begge = Skriv en alder eller vælg "Ved ikke" – ikke begge dele.
screener-fejl-bolig = { $hvem ->
    [personen] Vælg, hvor personen bor, eller vælg "Ved ikke".
   *[du] Vælg, hvor du bor, eller vælg "Ved ikke".
}
screener-fejl-vanskeligheder = Vælg mindst én ting, eller vælg "Intet af dette".
screener-fejl-niveau = Vælg, hvor svært det er, eller vælg "Ved ikke".
screener-fejl-socialt = Vælg mindst én ting, eller vælg "Intet af dette".
screener-fejl-pension = Vælg en pension, "Ingen pension" eller "Ved ikke".
screener-fejl-ja-nej = Vælg "Ja", "Nej" eller "Ved ikke".
screener-fejl-ugyldig = Svaret kunne ikke bruges. Vælg et af svarene.

## Tjek dine svar
screener-check-title = Tjek dine svar
screener-check-heading = Tjek dine svar
screener-check-lead = Se dine svar igennem. Du kan ændre et svar, før du ser resultatet.
screener-check-change = Ændr
screener-check-answer = Svar
screener-check-not-answered = Ikke besvaret
screener-check-missing = Der er { $antal } spørgsmål uden svar. Du kan godt se resultatet, men så er der mere, kommunen skal vurdere.
screener-check-none = Du har ikke svaret på nogen spørgsmål endnu.
screener-check-results = Se resultatet

## Result
screener-result-title = Resultat
screener-result-heading = { $hvem ->
    [personen] Hjælp, der måske passer til personen
   *[du] Hjælp, der måske passer til dig
}
screener-result-note = { $hvem ->
    [personen] Det er kun et første overblik. Kommunen vurderer altid personens situation.
   *[du] Det er kun et første overblik. Kommunen vurderer altid din situation.
}
screener-result-municipality = Svarene er holdt op mod reglerne i { $kommune }.
screener-result-empty = Du har ikke svaret på spørgsmålene endnu.
screener-result-no-municipality = { $hvem ->
    [personen] Vælg den kommune, personen bor i. Så kan guiden se på kommunens regler.
   *[du] Vælg den kommune, du bor i. Så kan guiden se på kommunens regler.
}
screener-result-choose-municipality = Vælg kommune
screener-result-check = Tjek og ændr dine svar
screener-result-start-over = Start forfra
screener-straks-heading = Få hjælp med det samme
screener-straks-now-heading = Sådan får du fat i hjælpen nu:
screener-straks-call-112 = Ring 112
screener-group-heading = { $gruppe } ({ $antal })
screener-group-empty = Ingen ydelser her.
screener-group-intro-kan-passe = Alt det, guiden kan tjekke, passer. Kommunen vurderer stadig sagen.
screener-group-intro-kommunen-vurderer = Intet i svarene udelukker hjælpen, men noget kan guiden ikke tjekke. Det vurderer kommunen.
screener-group-intro-passer-nok-ikke = Mindst ét krav passer nok ikke med svarene. Du kan stadig spørge kommunen.
screener-grund-kan-passe = Alle de krav, guiden kan tjekke, passer ({ $opfyldt } af { $alle }).
screener-grund-kommunen = { $hvem ->
    [personen] Intet i svarene udelukker det. Kommunen vurderer, om det passer til personen.
   *[du] Intet i dine svar udelukker det. Kommunen vurderer, om det passer til dig.
}
screener-grund-kommunen-mangler = { $hvem ->
    [personen] Intet i svarene udelukker det, men nogle svar mangler. Kommunen vurderer, om det passer til personen.
   *[du] Intet i dine svar udelukker det, men nogle svar mangler. Kommunen vurderer, om det passer til dig.
}
screener-grund-passer-nok-ikke = Derfor nok ikke: { $grund }
screener-grund-kilde-uklar = Kilden er ikke entydig her, så kommunen vurderer det. { $tekst }
screener-instead = Det kan måske hjælpe i stedet:
screener-why = Hvorfor?
screener-why-count = { $opfyldt } af { $alle } krav er opfyldt. Her er alt, guiden har set på:
screener-kilde = Kilde: { $dokument }, afsnit { $afsnit }
screener-next-heading = Hvad gør du nu?
screener-next-intro = { $hvem ->
    [personen] Her står, hvordan personen søger eller tager kontakt, og hvor lang tid det tager. Det gælder de ydelser, der kan passe, og dem, kommunen vurderer.
   *[du] Her står, hvordan du søger eller tager kontakt, og hvor lang tid det tager. Det gælder de ydelser, der kan passe, og dem, kommunen vurderer.
}
screener-next-none = { $hvem ->
    [personen] Guiden fandt ingen ydelser, der passer. Personen kan spørge kommunen, hvilken hjælp der findes. Har personen nedsat funktionsevne eller særlige sociale problemer, skal kommunen tilbyde gratis rådgivning.
   *[du] Guiden fandt ingen ydelser, der passer. Du kan spørge kommunen, hvilken hjælp der findes. Har du nedsat funktionsevne eller særlige sociale problemer, skal kommunen tilbyde dig gratis rådgivning.
}
screener-next-processing = Sagsbehandlingstid
screener-next-read-more = Læs mere om { $navn }
screener-next-documents-heading = Det er godt at have klar
screener-next-documents-intro = Én samlet liste for alle ydelserne ovenfor.
screener-next-documents-for = Til: { $ydelser }

screener-krit-s82ab-behov = Tilbuddet er for voksne med et handicap eller sociale problemer, og for dem, der er i fare for at få det.
screener-krit-saerlige-sociale-problemer = Hjælpen er også for den, der har særlige sociale problemer, fx hjemløshed, vold, misbrug eller ensomhed.
screener-forkl-socialt-forhold = { $hvem ->
    [personen] Du har svaret, at personen har det svært lige nu, fx med bolig, vold, misbrug, en krise eller ensomhed.
   *[du] Du har svaret, at du har det svært lige nu, fx med bolig, vold, misbrug, en krise eller ensomhed.
}
screener-forkl-ingen-sociale = Du har ikke valgt nogen af de sociale forhold.
screener-forkl-risiko-vurderes = { $hvem ->
    [personen] Tilbuddet er også for den, der er i fare for at få problemer. Kommunen vurderer, om det gælder personen.
   *[du] Tilbuddet er også for den, der er i fare for at få problemer. Kommunen vurderer, om det gælder dig.
}
screener-forkl-anden-vej = Det afgør ikke noget her. Et andet af kravene til, hvem hjælpen er for, er opfyldt.
screener-forkl-ingen-sanser = Du har ikke valgt kroppen, at tale med andre eller at komme rundt som noget, der er svært.
screener-liste-eller = eller
screener-liste-og = og

screener-layer-municipality = Fra { $kommune }s kvalitetsstandard.
screener-layer-law = Fra loven. { $kommune } har ingen kvalitetsstandard for dette i portalen. Kommunen fastsætter selv sit serviceniveau og vurderer din sag konkret.
screener-layers = { $kommune } har egne kvalitetsstandarder for { $kommune_antal } af ydelserne her. De andre { $lov_antal } kommer fra loven, fordi portalen ikke har kommunens egne regler for dem.
screener-next-processing-none = Portalen kender ikke kommunens sagsbehandlingstid. Kommunen skal fortælle dig den (retssikkerhedsloven § 3, stk. 2).

## The result: a service in easy-read Danish (Let dansk)
screener-easy = På let dansk
