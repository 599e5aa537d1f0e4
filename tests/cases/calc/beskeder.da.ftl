## Proposed Danish texts for every message id the calculators and the money parser
## produce (src/domain/beregning, src/domain/money.rs), for the UI to copy into
## locales/da. tests/calc_cases.rs checks that this file defines exactly those ids and
## uses only the arguments the code gives each message.
##
## Arguments arrive as text already formatted the Danish way ("1.105 kr.", "10 %",
## "1.9.2025"); $kategori is a message id (calc-category-…) that the UI translates first.

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
