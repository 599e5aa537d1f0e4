## Beregn: the calculators (src/ui/pages/beregn). The calc-*, money-* and calc-rate-*
## messages are the domain's own (copied unchanged from tests/cases/calc/beskeder.da.ftl);
## the beregn-* messages are the pages' texts.

## Forside for beregnerne (/beregn)
beregn-lead = Her kan du få et skøn over, hvad du kan få eller skal betale. Du ser hvert trin i beregningen med satsen, året og kilden.
beregn-100-link = Kompensationsydelse (§ 100)
beregn-100-explain = Har du ekstra udgifter på grund af et varigt handicap, kan du se, hvad du måske kan få i tilskud.
beregn-doegn-link = Krisecenter og forsorgshjem (§ 109 og § 110)
beregn-doegn-explain = Se, hvad du skal betale for at bo på et krisecenter eller et forsorgshjem.
beregn-ledsager-link = Ledsagerens udgifter (§ 97)
beregn-ledsager-explain = Se, hvor meget af din ledsagers udgifter du kan få dækket på et år.
beregn-botilbud-link = Betaling for bolig i botilbud (§ 108)
beregn-botilbud-explain = Få et groft skøn over, hvad du skal betale for at bo i et længerevarende botilbud.
beregn-estimate-note = Alle beregninger er et skøn. Kommunen træffer afgørelsen. Dine tal bliver i din browser. Intet bliver sendt.
beregn-free-heading = Ydelser uden egenbetaling
beregn-free-choose = Vælg din kommune. Så ser du, hvilke ydelser der er gratis, og hvad du selv betaler for.
beregn-free-intro = I { $kommune } betaler du ikke for disse ydelser:
beregn-free-self-paid = Du betaler selv:
beregn-free-note = Se mere på siden om hver ydelse.

## Fælles for formularerne
beregn-date-label = Hvilken dato skal beregningen gælde for?
beregn-date-name = Dato
beregn-calculate = Beregn
beregn-yes = Ja
beregn-no = Nej
beregn-suffix-kr = kr.
beregn-period-label = Hvor ofte
beregn-per-month = Om måneden
beregn-per-year = Om året
beregn-amount-hint = Skriv fx 1.530,50 eller 1530.
beregn-result-stale = Du har ændret dine svar, efter at der blev regnet. Tryk på "Beregn" igen for at se et resultat, der passer til dine svar.
beregn-result-heading = Dit skøn
beregn-per-month-amount = { $beloeb } om måneden
beregn-per-year-amount = Det er { $beloeb } om året.
beregn-range-month = Mellem { $min } og { $max } om måneden
beregn-range-year = Det er mellem { $min } og { $max } om året.
beregn-range-why = Satserne kan læses på to måder ved dine tal. Derfor viser vi begge beløb. Kommunen afgør, hvilket der gælder.
beregn-step-warning = Bemærk:
beregn-trail-heading = Sådan har vi regnet
beregn-trail-intro = Hvert trin viser de satser, vi har brugt, med år og kilde.
beregn-level-year = { $aar }-niveau
beregn-level-law = lovens grundbeløb
beregn-rate-line = { $navn }: { $vaerdi } ({ $niveau }).
beregn-source = Kilde: { $kilde }.
beregn-rough-tag = Groft skøn

## Fejl
beregn-error-title = Fejl: { $title }
beregn-error-summary-heading = Der er et problem
beregn-error-summary-item = { $felt }: { $besked }
beregn-error-date-empty = Vælg en dato.
beregn-error-date-invalid = Datoen findes ikke. Vælg en dato, fx 1.9.2025.
beregn-error-choose = Vælg et af svarene.
beregn-error-number-empty = { $hvad ->
    [age] Skriv din alder.
   *[days] Skriv antal døgn.
}
beregn-error-number-invalid = { $hvad ->
    [age] Skriv din alder som et helt tal, fx 45.
   *[days] Skriv antal døgn som et helt tal, fx 14.
}
beregn-error-number-small = { $hvad ->
    [age] Din alder kan ikke være under { $min }.
   *[days] Skriv mindst { $min } døgn.
}
beregn-error-number-large = { $hvad ->
    [age] Skriv en alder på højst { $max } år.
   *[days] Skriv højst { $max } døgn.
}

## Kompensationsydelse (§ 100)
beregn-100-title = Kompensationsydelse
beregn-100-heading = Beregn kompensationsydelse (§ 100)
beregn-100-lead = Har du ekstra udgifter, fordi du har et varigt handicap eller en kronisk sygdom, kan kommunen give et tilskud. Skriv dine udgifter, så ser du et skøn.
beregn-100-date-hint = Reglerne er ændret. Datoen afgør, hvilke regler og satser beregningen bruger.
beregn-date-note-merudgift = Med denne dato gælder de gamle regler om merudgiftsydelse (før { $fra }).
beregn-date-note-kompensation = Med denne dato gælder de nye regler om kompensationsydelse (fra { $fra }).
beregn-person-heading = Om dig
beregn-person-intro = Du kan springe et spørgsmål over. Så går beregningen ud fra, at du opfylder betingelsen, og siger det.
beregn-age-label = Hvor gammel er du? (valgfrit)
beregn-age-hint = Din alder på datoen for beregningen.
beregn-age-name = Alder
beregn-pension-legend = Får du folkepension? (valgfrit)
beregn-pension-not-reached = Nej, jeg har ikke nået folkepensionsalderen
beregn-pension-deferred = Nej, jeg har nået alderen, men har udskudt min folkepension
beregn-pension-receiving = Ja, jeg får folkepension
beregn-early-legend = Får du førtidspension? (valgfrit)
beregn-early-none = Nej
beregn-early-after = Ja, jeg fik den 1. januar 2003 eller senere
beregn-early-before = Ja, jeg fik den før 1. januar 2003
beregn-bpa-legend = Har du borgerstyret personlig assistance (BPA) efter § 96?
beregn-95-legend = Får du kontant tilskud til hjælp efter § 95?
beregn-receives-legend = Får du merudgiftsydelse i dag? (valgfrit)
beregn-receives-hint = Det er den ydelse, der gjaldt før de nye regler.
beregn-expenses-heading = Dine ekstra udgifter
beregn-expenses-intro = Skriv hver udgift for sig. Det er kun de udgifter, du har på grund af dit handicap eller din sygdom.
beregn-expense-legend = Udgift { $nr }
beregn-expense-category = Hvad er udgiften til?
beregn-expense-amount = Beløb
beregn-expense-amount-name = Udgift { $nr }, beløb
beregn-expense-documented = Jeg kan dokumentere udgiften, fx med kvitteringer
beregn-expense-anyway = Heraf ville du have brugt (valgfrit)
beregn-expense-anyway-hint = Det, du alligevel ville have brugt på det samme, hvis du ikke havde et handicap. Samme periode som beløbet.
beregn-expense-anyway-name = Udgift { $nr }, det du alligevel ville have brugt
beregn-expense-remove = Fjern udgift { $nr }
beregn-expense-add = Tilføj en udgift
beregn-positive-yes = Står på positivlisten til gruppe 2.
beregn-positive-no = Står ikke på positivlisten til gruppe 2.
beregn-positive-unknown = Kommunen afgør, om den står på positivlisten til gruppe 2.
beregn-anyway-heading = Det ville du have brugt alligevel
beregn-anyway-label = Beløb i alt (valgfrit)
beregn-anyway-hint = Har du ikke skrevet det ved hver udgift, kan du skrive et samlet beløb her.
beregn-anyway-name = Det du alligevel ville have brugt
beregn-regime-merudgift = Merudgiftsydelse (reglerne før { $fra })
beregn-regime-kompensation = Kompensationsydelse (reglerne fra { $fra })
beregn-group1 = Gruppe 1
beregn-group2 = Gruppe 2
beregn-group2-none = Ikke med dine tal
beregn-group-best = giver mest
beregn-conditions-heading = Betingelser
beregn-condition-met = Opfyldt
beregn-condition-not-met = Ikke opfyldt
beregn-condition-unanswered = Ikke besvaret

## Hvad nu hvis (grafen)
beregn-whatif-heading = Hvad nu hvis dine udgifter ændrer sig?
beregn-chart-title = Tilskud om måneden ved forskellige udgifter om måneden
beregn-chart-y = Tilskud om måneden (kr.)
beregn-chart-x = Ekstra udgifter om måneden (kr.)
beregn-chart-marker = Linje { $nr }: { $navn } ved { $beloeb } om måneden ({ $niveau }).
beregn-chart-you = Prikken viser dine tal: { $udgift } i ekstra udgifter giver { $beloeb } om måneden.
beregn-chart-legend = { $navn }: { $beloeb } om måneden ({ $niveau })
beregn-chart-min-line = Den stiplede linje viser det laveste beløb, hvor satserne kan læses på to måder.
beregn-chart-you-key = Prikken viser dine tal.
beregn-chart-table-summary = Se tallene som tabel
beregn-table-expenses = Udgifter om måneden
beregn-table-amount = Tilskud om måneden
beregn-table-none = Ingen

## Tag med i ansøgningen
beregn-keep-heading = Tag beregningen med i ansøgningen
beregn-keep-text = Så kan du bruge dine tal, når du gør en ansøgning klar. Portalen sender intet.
beregn-keep-button = Tag med i ansøgningen
beregn-keep-done-memory = Beregningen er taget med til ansøgningen. Den er kun gemt, mens fanen er åben.
beregn-keep-done-device = Beregningen er taget med til ansøgningen. Den er gemt på denne enhed, til du sletter den.
beregn-keep-later = Ansøgningen kommer senere i portalen. Beregningen venter på den.
beregn-keep-later-link = Læs om ansøgningen
beregn-keep-ready = Du finder udgifterne under Udgifter, når du gør en ansøgning klar.
beregn-keep-ready-link = Gå til ansøgningen
privacy-item-calculation = Din seneste beregning af kompensationsydelse (datoen, dine svar og dine udgifter), hvis du har taget den med i ansøgningen.

## Krisecenter og forsorgshjem (§ 109 og § 110)
beregn-doegn-title = Krisecenter og forsorgshjem
beregn-doegn-heading = Beregn betaling for krisecenter eller forsorgshjem (§ 109 og § 110)
beregn-doegn-lead = Du betaler et fast beløb for hvert døgn, du bor der. Skriv, hvor du skal bo, og hvor mange døgn.
beregn-doegn-place-legend = Hvor skal du bo?
beregn-doegn-place-109 = På et krisecenter (§ 109)
beregn-doegn-place-110 = På et forsorgshjem eller herberg (§ 110)
beregn-doegn-place-name = Hvor du skal bo
beregn-doegn-date-label = Hvornår begynder opholdet?
beregn-doegn-date-hint = Satsen for det år, opholdet begynder, bliver brugt.
beregn-doegn-date-name = Dato
beregn-doegn-days-label = Hvor mange døgn?
beregn-doegn-days-hint = Skriv et helt tal, fx 14.
beregn-doegn-days-name = Antal døgn
beregn-doegn-total = { $beloeb } for { $doegn } døgn
beregn-doegn-rate = Det er { $beloeb } pr. døgn ({ $aar }-niveau).

## Ledsagerens udgifter (§ 97)
beregn-ledsager-title = Ledsagerens udgifter
beregn-ledsager-heading = Beregn dækning af ledsagerens udgifter (§ 97)
beregn-ledsager-lead = Har du ledsageordning, kan du få dækket nogle af din ledsagers udgifter, fx til transport. Der er et loft for hvert år.
beregn-ledsager-expenses-label = Hvad regner du med, at din ledsager bruger på et år? (valgfrit)
beregn-ledsager-expenses-hint = Fx 1.200. Skriver du ikke noget, ser du kun, hvad der højst kan dækkes.
beregn-ledsager-expenses-name = Ledsagerens udgifter
beregn-ledsager-covered = Du kan få dækket { $beloeb } om året
beregn-ledsager-max = Der kan højst dækkes { $beloeb } om året ({ $aar }-niveau).

## Botilbud (§ 108)
beregn-botilbud-title = Botilbud
beregn-botilbud-heading = Beregn betaling for bolig i botilbud (§ 108)
beregn-botilbud-lead = Bor du i et længerevarende botilbud, betaler du for boligen ud fra din indkomst. Her får du et groft skøn.
beregn-botilbud-rough-note = Det er et groft skøn. Kommunen regner din betaling ud. Den ser på hele din økonomi.
beregn-botilbud-income-label = Hvad er din indkomst om året før skat?
beregn-botilbud-income-hint = Fx 180.000. Tag alle indtægter med, også pension.
beregn-botilbud-income-name = Indkomst om året
beregn-botilbud-single-legend = Er du enlig pensionist?
beregn-botilbud-single-hint = Du får pension og bor alene.
beregn-botilbud-single-name = Enlig pensionist
beregn-botilbud-housing-label = Hvad koster boligen om året? (valgfrit)
beregn-botilbud-housing-hint = Husleje uden el, varme og mad. Du betaler aldrig mere, end boligen koster.
beregn-botilbud-housing-name = Boligens pris om året
beregn-botilbud-month = Cirka { $beloeb } om måneden
beregn-botilbud-year = Det er cirka { $beloeb } om året.

## Money: what was typed is not an amount
money-error-empty = Skriv et beløb.
money-error-negative = Beløbet kan ikke være negativt. Skriv det uden minus.
money-error-letters = Skriv kun tal, fx 1.530,50.
money-error-invalid-character = Der er et tegn, som ikke hører til et beløb. Skriv fx 1.530,50.
money-error-multiple-commas = Brug kun ét komma, foran ørerne, fx 1.530,50.
money-error-too-many-decimals = Skriv højst to tal efter kommaet, fx 93,38.
money-error-decimal-point = Brug komma foran ørerne, fx 93,38.
money-error-grouping = Tjek punktummer og mellemrum. Skriv fx 1.530 eller 1530.
money-error-too-large = Beløbet er for stort. Skriv højst { $max }.

## Shared steps
calc-error-no-rates = Vi har ingen satser til denne beregning. Spørg kommunen.
calc-rates-year = Beregningen bruger satserne for { $aar }.
calc-rates-newest-earlier = Vi har ikke satserne for { $aar }. Beregningen bruger satserne for { $brugt }, som er de nyeste, vi har. Beløbet kan derfor være anderledes.
calc-rates-before-data = Vi har ingen satser fra { $aar }. Beregningen bruger satserne for { $brugt }, som er de ældste, vi har.
calc-rates-law-text = Beregningen bruger lovens grundbeløb. De bliver reguleret hvert år, så kommunens beløb er anderledes.
calc-estimate = Det er et skøn. Kommunen træffer afgørelsen ud fra din situation.
calc-result = Du kan måske få { $maaned } om måneden. Det er { $aar } om året.
calc-result-range = Du kan måske få mellem { $min } og { $max } om måneden. Kommunen afgør, hvilket beløb der gælder.
calc-result-none = Ud fra dine tal kan du ikke få tilskud.

## § 100: which rules
calc-regime-merudgift = Datoen er før { $fra }. Derfor gælder reglerne om merudgiftsydelse.
calc-regime-kompensation = Fra { $fra } hedder ydelsen kompensationsydelse, og der gælder nye regler.

## § 100: conditions
calc-condition-age = { $vurdering ->
    [met] Du er { $alder } år. Du skal være mindst { $min } år.
    [not-met] Du er { $alder } år. Du skal være mindst { $min } år.
   *[unanswered] Du har ikke svaret på din alder. Du skal være mindst { $min } år.
}
calc-condition-pension-age = { $svar ->
    [over-age] Du er { $alder } år. Portalen går ud fra, at folkepensionsalderen er { $pensionsalder } år. Over den kan du kun få ydelsen, hvis du har udskudt din folkepension. Kommunen tjekker din præcise alder.
    [not-reached] Du har ikke nået folkepensionsalderen.
    [deferred] Du har udskudt din folkepension. Så kan du stadig få ydelsen.
    [receiving] Du får folkepension. Så kan du ikke få ydelsen.
   *[unanswered] Du har ikke svaret på, om du får folkepension. Får du folkepension, kan du ikke få ydelsen.
}
calc-condition-early-pension = { $svar ->
    [none] Du får ikke førtidspension.
    [after] Du har fået førtidspension efter reglerne fra { $dato }. Det er ingen hindring.
    [before] { $undtagelse ->
        [bpa] Du har fået førtidspension før { $dato }, men du har BPA efter § 96. Så kan du godt få ydelsen.
        [95] Du har fået førtidspension før { $dato }, men du får kontant tilskud efter § 95. Så kan du godt få ydelsen.
        [none] Du har fået førtidspension før { $dato }. Så kan du ikke få ydelsen, fordi du ikke har BPA efter § 96 eller kontant tilskud efter § 95.
       *[unanswered] Du har fået førtidspension før { $dato }. Så kan du kun få ydelsen, hvis du har BPA efter § 96 eller kontant tilskud efter § 95. Det har du ikke svaret på.
    }
   *[unanswered] Du har ikke svaret på, om du får førtidspension. Har du fået den før { $dato }, kan du som regel ikke få ydelsen.
}
calc-conditions-assumed = Du har ikke svaret på alle spørgsmål. Beregningen går ud fra, at du opfylder betingelserne.
calc-excluded = Du opfylder ikke betingelserne. Derfor kan du ikke få ydelsen.

## § 100: the expenses
calc-expense-line = { $kategori }: { $beloeb } { $periode ->
    [year] om året
   *[month] om måneden
} ({ $dokumenteret ->
    [documented] dokumenteret
   *[estimated] skønnet
}{ $positivliste ->
    [yes] , står på positivlisten
    [unknown] , kommunen afgør, om den står på positivlisten
    [no] , står ikke på positivlisten
   *[na] {""}
}). { $har_forbrug ->
    [yes] Du ville alligevel have brugt { $forbrug }. Det ekstra er { $netto_maaned } om måneden.
   *[no] Det er { $netto_maaned } om måneden.
}
calc-expense-total = Dine udgifter er i alt { $maaned } om måneden. Det er { $aar } om året.
calc-normal-spending = Vi trækker { $maaned } om måneden fra for det, du ville have brugt alligevel.
calc-normal-spending-positive-list = Vi trækker det også fra dine dokumenterede udgifter på positivlisten. Skriv det hellere ved hver udgift. Så bliver beregningen mere præcis.
calc-net-total = Dine ekstra udgifter er { $maaned } om måneden. Det er { $aar } om året.
calc-threshold-met = Dine ekstra udgifter skal være mindst { $graense } om måneden. Det er de.
calc-threshold-below = Dine ekstra udgifter skal være mindst { $graense } om måneden. Med { $netto } om måneden kan du ikke få tilskud.
calc-threshold-wording = Kilden siger både, at udgifterne skal være over { $graense }, og at udgifter på { $graense } giver tilskud. Derfor viser vi begge beløb. Kommunen afgør det.

## § 100 before 1 September 2025: merudgiftsydelse
calc-merudgift-interval = Udgifter fra { $fra } til { $til } om måneden giver et fast beløb på { $standard } om måneden.
calc-merudgift-gap = Dine udgifter på { $netto } ligger mellem to trin: { $til } og { $fra }. Vi bruger det laveste trin. Kommunen afgør det.
calc-merudgift-overlap = Satserne har { $beloeb } med i to trin. Det kan give { $standard1 } eller { $standard2 } om måneden. Vi vælger ikke for kommunen, så du ser begge beløb.
calc-merudgift-actual = Du har dokumenteret udgifter over { $graense } om måneden. Så får du dine faktiske udgifter: { $dokumenteret } om måneden.
calc-merudgift-document-needed = Dine udgifter er over { $graense } om måneden, men du har dokumenteret { $dokumenteret }. Kan du dokumentere dem, får du dine faktiske udgifter. Uden dokumentation viser vi det faste beløb på { $standard }. Kommunen vurderer det.

## § 100 from 1 September 2025: kompensationsydelse
calc-group1 = Gruppe 1: et fast beløb på { $standard } om måneden.
calc-group2 = Gruppe 2: Dine dokumenterede udgifter på positivlisten er { $dokumenteret } om måneden. Det er over { $graense }. Så får du dem dækket og { $standard } oven i: { $i_alt } om måneden.
calc-group2-not-reached = Gruppe 2: Dine dokumenterede udgifter på positivlisten er { $dokumenteret } om måneden. De skal være over { $graense }, før du kan vælge gruppe 2.
calc-group2-needs-documentation = Du har skønnet { $beloeb } om måneden til udgifter på positivlisten. Kan du dokumentere dem, tæller de med i gruppe 2.
calc-check-large-amount = Tjek beløbet for { $kategori }: { $beloeb } { $periode ->
    [year] om året
   *[month] om måneden
} er { $maaned } om måneden og { $aar } om året. Det er meget. Mente du måske et mindre beløb, eller om året i stedet for om måneden? Beregningen bruger beløbet, som du skrev det.
calc-positive-list-unknown = Du har dokumenteret { $beloeb } om måneden til udgifter, som vi ikke ved, om står på positivlisten. Kommunen afgør det.
calc-group2-if-approved = Hvis kommunen godtager dem, kan gruppe 2 give { $i_alt } om måneden.
calc-choice = Du vælger selv gruppe 1 eller gruppe 2. { $bedst ->
    [group2] Gruppe 2 giver mest: { $gruppe2 } om måneden. Gruppe 1 giver { $gruppe1 }.
    [equal] De to grupper giver det samme.
   *[group1] Gruppe 1 giver mest: { $gruppe1 } om måneden.
}
calc-tax-free = Kompensationsydelsen er skattefri. Din indtægt betyder ikke noget.

## § 100: the change of rules
calc-transition-new-rules = Fra { $fra } gælder nye regler. Får du merudgiftsydelse, beholder du den, til kommunen har vurderet dig efter de nye regler. Det sker senest { $senest }.
calc-transition-keep = Du får merudgiftsydelse. Du beholder den, til kommunen har vurderet dig efter de nye regler. Det sker senest { $senest }. Her ser du, hvad du kan få efter de nye regler.
calc-transition-ended = Overgangen sluttede { $senest }. Nu gælder de nye regler for alle.

## § 100: expense categories
calc-category-medicin = Medicin
calc-category-befordring = Befordring, fx kørsel i egen bil
calc-category-kost = Kost og diætpræparater
calc-category-toej = Tøj og sko
calc-category-haandsraekninger = Håndsrækninger
calc-category-vask = Ekstra tøjvask
calc-category-kurser = Kurser
calc-category-andet = Andet

## What-if chart
calc-whatif-assumption = { $ordning ->
    [kompensation] Grafen viser, hvad du kan få om måneden ved forskellige udgifter op til { $op_til }. Den går ud fra, at alle udgifter er dokumenteret og står på positivlisten.
   *[merudgift] Grafen viser, hvad du kan få om måneden ved forskellige udgifter op til { $op_til }. Den går ud fra, at alle udgifter er dokumenteret.
}
calc-marker-threshold = Nedre grænse
calc-marker-interval = Næste trin begynder
calc-marker-overlap = To trin har samme beløb
calc-marker-actual = Over dette: faktiske udgifter
calc-marker-group2 = Grænse for gruppe 2

## § 109 krisecenter and § 110 forsorgshjem
calc-daily-rate = { $paragraf ->
    [109] Du betaler { $takst } pr. døgn på et krisecenter.
   *[110] Du betaler { $takst } pr. døgn på et forsorgshjem.
}
calc-daily-total = { $doegn } døgn × { $takst } giver { $i_alt }.
calc-daily-covers = { $paragraf ->
    [109] Beløbet dækker opholdet, el og varme og dine børns ophold.
   *[110] Beløbet dækker opholdet, el og varme.
}
calc-daily-food-laundry = Stedet kan tage betaling for mad og tøjvask oven i.
calc-daily-year-change = Opholdet går ind i { $aar }. Beløbet kan ændre sig 1. januar. Vi bruger satsen for { $brugt }.

## § 97 ledsageordning: the companion's expenses
calc-companion-max = Din ledsagers udgifter, fx til transport, kan blive dækket med op til { $hoejst } om året.
calc-companion-covered = Dine udgifter er { $udgifter } om året. Du kan få dækket { $daekket }.
calc-companion-above-max = Du betaler selv de { $over }, der er over { $hoejst }.
calc-companion-law-text = Loven nævner et grundbeløb på { $beloeb }. Det bliver reguleret hvert år. Derfor bruger vi den ældste sats, vi har.

## § 108 botilbud: the payment for the housing
calc-housing-income = Din indkomst er { $indkomst } om året.
calc-housing-single-pensioner = Du er enlig pensionist. Derfor trækker vi { $fradrag } fra. Vi regner med { $grundlag }.
calc-housing-below = { $procent } af { $grundlag } (indkomsten op til { $graense }) giver { $beloeb }.
calc-housing-above = { $procent } af { $grundlag } (indkomsten over { $graense }) giver { $beloeb }.
calc-housing-sum = Det er i alt { $aar } om året eller { $maaned } om måneden.
calc-housing-capped = Du betaler aldrig mere, end boligen koster: { $boligudgift } om året.
calc-housing-under-cap = Boligen koster { $boligudgift } om året. Du betaler aldrig mere end det.
calc-housing-cap-unknown = Du betaler aldrig mere, end boligen faktisk koster. Kender du udgiften til boligen, så skriv den.
calc-housing-services-extra = El, varme og mad betaler du for oven i.
calc-rough-estimate = Det er et groft skøn. Kommunen regner din betaling ud.

## Names of the rates (calc-rate- + the rate's id), for the list of rates and sources
calc-rate-merudgift-threshold = Nedre grænse for merudgiftsydelse
calc-rate-merudgift-standard = Fast beløb, merudgiftsydelse
calc-rate-merudgift-actual-above = Grænse for faktiske udgifter, merudgiftsydelse
calc-rate-kompensation-threshold = Nedre grænse for kompensationsydelse
calc-rate-kompensation-group1 = Fast beløb, gruppe 1
calc-rate-kompensation-group2-above = Grænse for gruppe 2
calc-rate-kompensation-group2-standard = Fast beløb oven i, gruppe 2
calc-rate-daily-rate = Egenbetaling pr. døgn
calc-rate-companion-max = Ledsagerens udgifter, højst pr. år
calc-rate-companion-law-text = Lovens grundbeløb for ledsagerens udgifter
calc-rate-housing-income-limit = Indkomstgrænse for betaling i botilbud
calc-rate-housing-percent-below = Procent af indkomsten op til grænsen
calc-rate-housing-percent-above = Procent af indkomsten over grænsen
calc-rate-housing-single-pensioner = Fradrag for enlige pensionister
beregn-free-law = Portalen har ikke { $kommune }s egne regler. Listen viser, hvad loven siger. Kommunen kan have sine egne regler for, hvad du selv betaler.
