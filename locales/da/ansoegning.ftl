# Ansøgning: the application draft (src/ui/pages/ansoegning/, src/domain/ansoegning/).
# Wording arguments on most messages: $hvem (du | personen | hun | han | navn), $navn,
# and the words $subj (du/personen/hun/han/navn), $obj (dig/personen/hende/ham/navn),
# $poss (din/personens/hendes/hans/navns) and $subjstort (Du/Personen/Hun/Han/navn).

## The words for the person
ans-ord-subj = { $hvem ->
    [du] du
    [hun] hun
    [han] han
    [navn] { $navn }
   *[personen] personen
}
ans-ord-obj = { $hvem ->
    [du] dig
    [hun] hende
    [han] ham
    [navn] { $navn }
   *[personen] personen
}
ans-ord-poss = { $hvem ->
    [du] din
    [hun] hendes
    [han] hans
    [navn] { $navngen }
   *[personen] personens
}
ans-ord-subj-stort = { $hvem ->
    [du] Du
    [hun] Hun
    [han] Han
    [navn] { $navn }
   *[personen] Personen
}

## Start page
ans-title-error = Fejl: { $title }
ans-start-punkt-1 = Du skriver ansøgningen her, trin for trin. Det tager cirka 15 minutter.
ans-start-punkt-2 = Du kan gemme ansøgningen som en fil og åbne den igen senere.
ans-start-punkt-3 = Til sidst printer du den eller gemmer den som PDF. Så afleverer du den til kommunen.
ans-start-punkt-4 = Hjælper du en anden, kan du også skrive en fuldmagt med.
ans-intet-sendes = Portalen sender ikke noget. Ansøgningen bliver hos dig, indtil du selv afleverer den.
ans-rolle-legend = Hvem skriver ansøgningen?
ans-rolle-selv = Jeg søger for mig selv
ans-rolle-hjaelper = Jeg hjælper en anden med at søge
ans-start = Start
ans-fortsaet-kladde = Fortsæt med ansøgningen
ans-slet-spoerg = Vil du slette hele ansøgningen?
ans-slet-spoerg-tekst = Alt, hvad du har skrevet, bliver slettet. Det kan ikke fortrydes. Har du gemt ansøgningen som fil, har du stadig filen.
ans-slet-ja = Ja, slet ansøgningen
ans-slet-nej = Nej, behold den
ans-tegn-tilbage = Du kan skrive { $antal } tegn mere.
ans-tegn-graense = Du har nået grænsen på { $max } tegn. Er der mere, kan du skrive det i et brev og lægge det ved.
ans-tegn-afkortet = Teksten, du satte ind, var for lang. Der er plads til { $max } tegn, så de sidste { $antal } tegn kom ikke med. Det, der stod der i forvejen, er ikke ændret.
ans-for-stor = Ansøgningen er blevet så lang, at den ikke kan gemmes som fil. Det sidste, du skrev, kom derfor ikke med. Alt andet er der stadig. Gør en af teksterne kortere.
ans-start-forfra = Slet ansøgningen og start forfra
ans-fejl-hvem-skriver = Vælg, om du søger for dig selv eller hjælper en anden
ans-data-heading = Hvor er ansøgningen gemt?
ans-data-tekst = Ansøgningen er kun i denne fane, indtil du lukker den. Du kan gemme den som fil. Har du sagt ja til at gemme på denne enhed, gemmer portalen den også her.
ans-data-link = Læs om dine data, og vælg hvad portalen må gemme

## Open a saved file
ans-aabn-heading = Åbn gemt ansøgning
ans-aabn-label = Vælg filen med din ansøgning
ans-aabn-hint = Det er den fil, du fik med "Gem som fil". Den hedder fx ansoegning-2026-11-23.json. Det, du har skrevet nu, bliver erstattet.
ans-aabn-ok = Ansøgningen er åbnet. Du kan fortsætte, hvor du slap.
ans-fil-fejl-for-stor = Filen er for stor. En gemt ansøgning fylder meget mindre. Vælg den fil, du fik med "Gem som fil". Din ansøgning er ikke ændret.
ans-fil-fejl-ikke-json = Filen kan ikke læses. Den er ikke en gemt ansøgning fra portalen. Din ansøgning er ikke ændret.
ans-fil-fejl-ikke-ansoegning = Filen er ikke en ansøgning fra Støtteportalen. Din ansøgning er ikke ændret.
ans-fil-fejl-version = Filen er lavet med en anden udgave af portalen (version { $detalje }). Den kan ikke åbnes her. Din ansøgning er ikke ændret.
ans-fil-fejl-felt = Filen har et felt, portalen ikke kender: { $detalje }. Den kan være ændret. Din ansøgning er ikke ændret.
ans-fil-fejl-indhold = Noget i filen har den forkerte form. Den kan være ændret eller ødelagt. Din ansøgning er ikke ændret.
ans-fil-fejl-for-lang = En tekst eller en liste i filen er for lang. Din ansøgning er ikke ændret.

## Saving
ans-gem-som-fil = Gem som fil
ans-ugemt = Din ansøgning er ikke gemt. Den forsvinder, når du lukker fanen. Gem den som fil, eller sig ja til at gemme på denne enhed.
ans-ugemt-link = Gem på denne enhed
ans-gemmes-paa-enheden = Ansøgningen gemmes på denne enhed, mens du skriver.

## Steps
ans-trin-label = Trin i ansøgningen
ans-trin-title = { $trin } – Ansøgning
ans-trin-nr = Trin { $nr } af { $antal }
ans-trin-om-dig = { $hvem ->
    [du] Om dig
   *[other] Om personen
}
ans-trin-hvem-hjaelper = Hvem hjælper
ans-trin-hvad-soeger-du = { $hvem ->
    [du] Hvad søger du
   *[other] Hvad søger { $subj }
}
ans-trin-din-hverdag = { $hvem ->
    [du] Din hverdag
   *[other] Hverdagen
}
ans-trin-udgifter = Udgifter
ans-trin-dokumenter = Dokumenter
ans-trin-tjek = Tjek dine svar
ans-trin-kvittering = Kvittering og næste skridt
ans-fortsaet = Fortsæt
ans-til-kvittering = Ansøgningen er klar – se næste skridt
ans-tilbage = Tilbage
ans-valgfri = (kan udelades)
ans-ja = Ja
ans-nej = Nej

## Errors
ans-fejl-opsummering = Der er et problem
ans-fejl-fornavn = { $hvem ->
    [du] Skriv dit fornavn
   *[other] Skriv personens fornavn
}
ans-fejl-efternavn = { $hvem ->
    [du] Skriv dit efternavn
   *[other] Skriv personens efternavn
}
ans-fejl-cpr-format = Skriv CPR-nummeret som 10 tal, fx 010203-1234. Eller lad feltet være tomt.
ans-fejl-cpr-dato = De første 6 tal i CPR-nummeret skal være en dato, der findes (dag, måned, år).
ans-fejl-email = Skriv e-mailadressen som fx navn@eksempel.dk
ans-fejl-hjaelper-navn = Skriv dit navn
ans-fejl-hjaelper-relation = Skriv, hvordan du kender { $obj }
ans-fejl-hjaelper-kontakt = Skriv dit telefonnummer eller din e-mail, så kommunen kan kontakte dig
ans-fejl-fuldmagt = Vælg, om { $subj } giver dig en fuldmagt
ans-fejl-rolle = Vælg, hvordan du hjælper
ans-fejl-kommune = Vælg kommunen
ans-fejl-ydelser = Vælg mindst én form for hjælp
ans-fejl-udgift-hvad = Skriv, hvad udgiften er til
ans-fejl-udgift-beloeb = Skriv beløbet i kroner, fx 450 eller 1.250,50
ans-fejl-trin = Noget mangler i trinnet: gå tilbage og ret det

## Om dig / Om personen
ans-om-dig-intro = { $hvem ->
    [du] Kommunen skal vide, hvem du er, og hvordan den kan kontakte dig. Kun navnet skal udfyldes.
   *[other] Kommunen skal vide, hvem personen er, og hvordan den kan kontakte personen. Kun navnet skal udfyldes.
}
ans-felt-fornavn = Fornavn
ans-felt-efternavn = Efternavn
ans-felt-cpr = CPR-nummer
ans-felt-cpr-hint = Kommunen kan finde { $obj } uden. Skriv det, hvis du vil, fx 010203-1234. Det kommer kun med i ansøgningen, ikke i filnavnet.
ans-felt-adresse = Adresse
ans-felt-telefon = Telefonnummer
ans-felt-email = E-mail
ans-omtale-legend = Hvad skal der stå i teksterne om personen?
ans-omtale-personen = "Personen"
ans-omtale-hun = "Hun"
ans-omtale-han = "Han"
ans-omtale-navn = Fornavnet

## Hvem hjælper
ans-hjaelper-intro = Her skriver du om dig selv. Kommunen skal vide, hvem du er, og hvordan du må hjælpe { $obj }.
ans-felt-hjaelper-navn = Dit navn
ans-felt-hjaelper-relation = Hvordan kender du { $obj }?
ans-felt-hjaelper-relation-hint = Fx datter, søn, ven eller nabo.
ans-felt-hjaelper-telefon = Dit telefonnummer
ans-felt-hjaelper-kontakt-hint = Skriv telefonnummer eller e-mail. Ét af dem er nok.
ans-felt-hjaelper-email = Din e-mail
ans-fuldmagt-heading = Fuldmagt, partsrepræsentant og bisidder
ans-fuldmagt-forklaring = En fuldmagt er en underskrevet besked fra { $obj } til kommunen. Der står, at du må handle i sagen. Kommunen kan bede om den. Portalen laver en fuldmagt, som { $subj } kan skrive under på.
ans-fuldmagt-legend = Giver { $subj } dig en fuldmagt?
ans-rolle-hjaelper-legend = Hvordan hjælper du?
ans-rolle-partsrepraesentant = Partsrepræsentant
ans-rolle-partsrepraesentant-hint = Du handler i stedet for { $obj }. Kommunen taler og skriver med dig om sagen. Det kræver en fuldmagt.
ans-rolle-bisidder = Bisidder
ans-rolle-bisidder-hint = Du er med til møder og støtter { $obj }. { $subjstort } bestemmer selv og taler selv med kommunen.
ans-rolle-skriver = Jeg hjælper kun med at skrive ansøgningen
ans-rolle-skriver-hint = Kommunen taler med { $obj } om sagen.

## Hvad søger du
ans-kommune-label = Hvilken kommune skal have ansøgningen?
ans-kommune-vaelg = Vælg kommune
ans-ydelser-legend = Hvad søger { $subj } om?
ans-ydelser-hint = Vælg alt, der passer. Du kan læse om hver ydelse under Ydelser.
ans-ydelser-fra-screener = Vi har sat flueben ved det, der måske passer efter dine svar i Find hjælp. Du kan ændre det.

## Din hverdag
ans-hverdag-intro = Skriv med dine egne ord. Kommunen vurderer selv. Jo mere kommunen ved om hverdagen, jo bedre kan den vurdere.
ans-hverdag-ingen = Du har ikke valgt noget at søge om endnu. Gå tilbage til trinnet før.
ans-hverdag-hint = Du kan fx svare på:
ans-vejl-behov = Hvad er svært for { $obj } i hverdagen, og hvad skal { $subj } have hjælp til?
ans-vejl-tema = Hvordan påvirker { $tema } hverdagen for { $obj }?
ans-vejl-hidtil = Hvilken hjælp får { $subj } i dag, og fra hvem?
ans-vejl-maal = Hvad vil { $subj } gerne kunne klare, hvis { $subj } får { $ydelse }?
ans-vejl-omfang = Hvor tit er der brug for hjælp: hver dag, hver uge eller sjældnere?

## Udgifter
ans-udgifter-intro = Har { $subj } ekstra udgifter på grund af et handicap eller en sygdom? Så skriv dem her. Ellers kan du springe trinnet over.
ans-udgifter-fra-beregning = Udgifterne er hentet fra din beregning af kompensationsydelse fra { $dato }. Beregningen gav { $beloeb } om måneden. Du kan ændre dem.
ans-udgift-legend = Udgift { $nr }
ans-udgift-hvad = Hvad er udgiften til?
ans-udgift-beloeb = Beløb i kroner
ans-udgift-beloeb-hint = Fx 450 eller 1.250,50
ans-udgift-periode = Om måneden eller om året?
ans-pr-maaned = om måneden
ans-pr-aar = om året
ans-udgift-fjern = Fjern udgift { $nr }
ans-udgift-tilfoej = Tilføj en udgift
ans-udgifter-note = Andet om udgifterne
ans-udgifter-beregn = Vil du se et skøn over kompensationsydelsen?
ans-udgifter-beregn-link = Beregn kompensationsydelse

## Dokumenter
ans-dokumenter-intro = Det her beder kommunen ofte om. Sæt flueben ved det, der er klar. Har du det ikke, så send ansøgningen alligevel. Kommunen kan selv hente mange oplysninger.
ans-dokumenter-legend = Det har jeg klar
ans-dokumenter-ingen = Der er ikke noget særligt at samle til det, du søger om. Kommunen beder om det, den mangler.
ans-dokument-til = Til:
ans-dokument-klar = Klar
ans-dokument-ikke-klar = Ikke klar endnu
ans-felt-andet = Er der andet, kommunen skal vide?

## Tjek dine svar and the printout
ans-tjek-intro = Læs dine svar igennem. Du kan rette alt. Når du er færdig, kan du printe ansøgningen eller gemme den som PDF.
ans-ret = Ret
ans-ikke-udfyldt = Ikke udfyldt
ans-print-heading = Print eller gem som PDF
ans-print-tekst = Tryk på knappen. Vælg en printer, eller vælg "Gem som PDF" i printvinduet.
ans-print-knap = Print ansøgningen
ans-print-titel = Ansøgning om hjælp til { $kommune }
ans-print-dato = Dato: { $dato }
ans-underskrift-heading = Underskrift
ans-underskrift-tekst = { $hvem ->
    [du] Jeg søger om det, der står i ansøgningen. Mine oplysninger er rigtige, så vidt jeg ved.
   *[other] Ansøgeren søger om det, der står i ansøgningen. Oplysningerne er rigtige, så vidt vi ved.
}
ans-underskrift-dato-linje = Dato: ____________________
ans-underskrift-person = Underskrift ({ $navn }): ______________________________
ans-underskrift-hjaelper = Underskrift, hjælper ({ $hjaelper }): ______________________________
ans-fuldmagt-print-heading = Fuldmagt
ans-fuldmagt-tekst = Jeg, { $fuldmagtsgiver }, giver { $hjaelper } ({ $relation }) fuldmagt til at handle for mig i min sag om hjælp efter serviceloven. Det gælder også at se sagens papirer og tale med kommunen om sagen. Jeg kan trække fuldmagten tilbage når som helst.

## Kvittering og næste skridt
ans-kv-klar = Ansøgningen er klar. Portalen har ikke sendt den. Husk at gemme den som fil eller PDF.
ans-kv-aflever-heading = Sådan afleverer du ansøgningen
ans-kv-aflever-1 = Print ansøgningen, eller gem den som PDF.
ans-kv-aflever-2 = { $hvem ->
    [du] Skriv under.
   *[other] { $subjstort } skriver under. Giver { $subj } dig fuldmagt, skriver { $subj } også under på den.
}
ans-kv-aflever-3 = Send den til { $kommune } med Digital Post, med almindelig post, eller aflever den. Du kan også ringe og spørge, hvordan de helst vil have den.
ans-kv-hvornaar-heading = Hvornår kommer der svar?
ans-kv-hvornaar-tekst = Datoerne gælder, hvis kommunen får ansøgningen i dag ({ $dato }). Kommunen skal give besked, hvis den ikke kan nå det.
ans-kv-forventet = Forventet afgørelse senest omkring { $dato }.
ans-kv-frist = Kommunens sagsbehandlingstid: { $frist } ({ $aar }).
ans-kv-ingen-frist = Portalen kender ikke kommunens sagsbehandlingstid for denne hjælp. Kommunen afgør, hvornår du får svar. Spørg kommunen.
ans-kv-klage-heading = Hvis du er uenig i afgørelsen
ans-kv-klage-regel = Du kan klage. Fristen er { $frist } fra den dag, du får afgørelsen. Du sender klagen til kommunen.
ans-kv-klage-eksempel = Eksempel: Får du afgørelsen den { $afgoerelse }, er sidste dag at klage den { $klage }.
ans-kv-klage-regel-ydelser = Du kan klage over afgørelsen om: { $ydelser }. Fristen er { $frist } fra den dag, du får afgørelsen. Du sender klagen til kommunen.
ans-kv-klage-ikke = Du kan ikke klage til en anden myndighed over afgørelsen om: { $ydelser }. Er du uenig, kan du tale med kommunen om det.
ans-kv-klage-se-ydelse = For de andre ydelser står det under ydelsen ovenfor, hvad der gælder.
ans-ics-aflever = Aflever ansøgningen til { $kommune }
ans-ics-aflever-beskrivelse = Portalen kender ikke kommunens sagsbehandlingstid. Kommunen skal fortælle dig den. Er du uenig i en afgørelse, er klagefristen som regel 4 uger fra den dag, du får den.
ans-kv-klage-link = Sådan klager du
ans-kv-kalender-heading = Sæt datoerne i din kalender
ans-kv-kalender-tekst = Filen virker i de fleste kalendere. Den har kun datoerne og navnet på hjælpen – ikke navn eller CPR-nummer.
ans-kv-kalender-knap = Hent datoerne til kalenderen (.ics)
ans-kv-print = Print denne side
ans-ics-afgoerelse = Forventet svar fra kommunen: { $ydelse }
ans-ics-klage = Sidste dag at klage (hvis afgørelsen kommer som forventet)
ans-ics-klage-beskrivelse = Klagefristen er 4 uger fra den dag, du får afgørelsen. Ret datoen, hvis afgørelsen kommer en anden dag.

## Privacy page
privacy-item-application = Din ansøgning (alt, hvad du har skrevet i Ansøgning), hvis du har sagt ja til at gemme på denne enhed.
