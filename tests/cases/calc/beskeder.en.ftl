## Proposed English texts for every message id of the calculators and the money parser
## (same ids and arguments as beskeder.da.ftl), for locales/en.

## Money
money-error-empty = Enter an amount.
money-error-negative = The amount cannot be negative. Enter it without a minus.
money-error-letters = Enter numbers only, e.g. 1.530,50.
money-error-invalid-character = There is a character that does not belong in an amount. Enter e.g. 1.530,50.
money-error-multiple-commas = Use only one comma, before the øre, e.g. 1.530,50.
money-error-too-many-decimals = Enter at most two digits after the comma, e.g. 93,38.
money-error-decimal-point = Use a comma before the øre, e.g. 93,38 (Danish style).
money-error-grouping = Check the points and spaces. Enter e.g. 1.530 or 1530.
money-error-too-large = The amount is too large. Enter at most { $max }.

## Shared steps
calc-error-no-rates = We have no rates for this calculation. Ask the municipality.
calc-rates-year = The calculation uses the rates for { $aar }.
calc-rates-newest-earlier = We do not have the rates for { $aar }. The calculation uses the rates for { $brugt }, the newest we have. The amount may therefore differ.
calc-rates-before-data = We have no rates from { $aar }. The calculation uses the rates for { $brugt }, the oldest we have.
calc-rates-law-text = The calculation uses the law's base amounts. They are adjusted every year, so the municipality's amounts differ.
calc-estimate = This is an estimate. The municipality makes the decision based on your situation.
calc-result = You may get { $maaned } a month. That is { $aar } a year.
calc-result-range = You may get between { $min } and { $max } a month. The municipality decides which amount applies.
calc-result-none = Based on your figures, you cannot get a subsidy.

## § 100: which rules
calc-regime-merudgift = The date is before { $fra }. So the rules on merudgiftsydelse apply.
calc-regime-kompensation = From { $fra } the benefit is called kompensationsydelse, and new rules apply.

## § 100: conditions
calc-condition-age = { $vurdering ->
    [met] You are { $alder }. You must be at least { $min }.
    [not-met] You are { $alder }. You must be at least { $min }.
   *[unanswered] You have not given your age. You must be at least { $min }.
}
calc-condition-pension-age = { $svar ->
    [not-reached] You have not reached state pension age.
    [deferred] You have deferred your state pension. You can still get the benefit.
    [receiving] You receive state pension. Then you cannot get the benefit.
   *[unanswered] You have not said whether you receive state pension. If you do, you cannot get the benefit.
}
calc-condition-early-pension = { $svar ->
    [none] You do not receive early retirement pension.
    [after] You were granted early retirement pension under the rules from { $dato }. That is no obstacle.
    [before] { $undtagelse ->
        [bpa] You were granted early retirement pension before { $dato }, but you have BPA under § 96. So you can get the benefit.
        [95] You were granted early retirement pension before { $dato }, but you get a cash grant under § 95. So you can get the benefit.
        [none] You were granted early retirement pension before { $dato }. So you cannot get the benefit, because you have neither BPA under § 96 nor a cash grant under § 95.
       *[unanswered] You were granted early retirement pension before { $dato }. Then you can only get the benefit if you have BPA under § 96 or a cash grant under § 95. You have not answered that.
    }
   *[unanswered] You have not said whether you receive early retirement pension. If it was granted before { $dato }, you usually cannot get the benefit.
}
calc-conditions-assumed = You have not answered every question. The calculation assumes that you meet the conditions.
calc-excluded = You do not meet the conditions. So you cannot get the benefit.

## § 100: the expenses
calc-expense-line = { $kategori }: { $beloeb } { $periode ->
    [year] a year
   *[month] a month
} ({ $dokumenteret ->
    [documented] documented
   *[estimated] estimated
}{ $positivliste ->
    [yes] , on the positive list
    [unknown] , the municipality decides whether it is on the positive list
    [no] , not on the positive list
   *[na] {""}
}). { $har_forbrug ->
    [yes] You would have spent { $forbrug } anyway. The extra is { $netto_maaned } a month.
   *[no] That is { $netto_maaned } a month.
}
calc-expense-total = Your expenses total { $maaned } a month. That is { $aar } a year.
calc-normal-spending = We deduct { $maaned } a month for what you would have spent anyway.
calc-normal-spending-positive-list = We also deduct it from your documented expenses on the positive list. It is better to enter it with each expense. Then the calculation is more precise.
calc-net-total = Your extra expenses are { $maaned } a month. That is { $aar } a year.
calc-threshold-met = Your extra expenses must be at least { $graense } a month. They are.
calc-threshold-below = Your extra expenses must be at least { $graense } a month. With { $netto } a month you cannot get a subsidy.
calc-threshold-wording = The source says both that the expenses must be above { $graense } and that expenses of { $graense } give a subsidy. So we show both amounts. The municipality decides.

## § 100 before 1 September 2025: merudgiftsydelse
calc-merudgift-interval = Expenses from { $fra } to { $til } a month give a fixed amount of { $standard } a month.
calc-merudgift-gap = Your expenses of { $netto } lie between two steps: { $til } and { $fra }. We use the lower step. The municipality decides.
calc-merudgift-overlap = The rates put { $beloeb } in two steps. It can give { $standard1 } or { $standard2 } a month. We do not choose for the municipality, so you see both amounts.
calc-merudgift-actual = You have documented expenses above { $graense } a month. So you get your actual expenses: { $dokumenteret } a month.
calc-merudgift-document-needed = Your expenses are above { $graense } a month, but you have documented { $dokumenteret }. If you can document them, you get your actual expenses. Without documentation we show the fixed amount of { $standard }. The municipality assesses it.

## § 100 from 1 September 2025: kompensationsydelse
calc-group1 = Group 1: a fixed amount of { $standard } a month.
calc-group2 = Group 2: Your documented expenses on the positive list are { $dokumenteret } a month. That is above { $graense }. So they are covered, plus { $standard }: { $i_alt } a month.
calc-group2-not-reached = Group 2: Your documented expenses on the positive list are { $dokumenteret } a month. They must be above { $graense } before you can choose group 2.
calc-group2-needs-documentation = You have estimated { $beloeb } a month for expenses on the positive list. If you can document them, they count in group 2.
calc-positive-list-unknown = You have documented { $beloeb } a month for expenses that we do not know are on the positive list. The municipality decides.
calc-group2-if-approved = If the municipality accepts them, group 2 could give { $i_alt } a month.
calc-choice = You choose group 1 or group 2 yourself. { $bedst ->
    [group2] Group 2 gives more: { $gruppe2 } a month. Group 1 gives { $gruppe1 }.
    [equal] The two groups give the same.
   *[group1] Group 1 gives more: { $gruppe1 } a month.
}
calc-tax-free = Kompensationsydelse is tax-free. Your income does not matter.

## § 100: the change of rules
calc-transition-new-rules = New rules apply from { $fra }. If you receive merudgiftsydelse, you keep it until the municipality has assessed you under the new rules. That happens by { $senest } at the latest.
calc-transition-keep = You receive merudgiftsydelse. You keep it until the municipality has assessed you under the new rules, by { $senest } at the latest. Here you see what you may get under the new rules.
calc-transition-ended = The transition ended on { $senest }. The new rules now apply to everyone.

## § 100: expense categories
calc-category-medicin = Medicine
calc-category-befordring = Transport, e.g. driving your own car
calc-category-kost = Food and dietary products
calc-category-toej = Clothes and shoes
calc-category-haandsraekninger = Small practical help
calc-category-vask = Extra laundry
calc-category-kurser = Courses
calc-category-andet = Other

## What-if chart
calc-whatif-assumption = { $ordning ->
    [kompensation] The chart shows what you may get a month for different expenses up to { $op_til }. It assumes that all expenses are documented and on the positive list.
   *[merudgift] The chart shows what you may get a month for different expenses up to { $op_til }. It assumes that all expenses are documented.
}
calc-marker-threshold = Lower limit
calc-marker-interval = Next step starts
calc-marker-overlap = Two steps share this amount
calc-marker-actual = Above this: actual expenses
calc-marker-group2 = Limit for group 2

## § 109 and § 110
calc-daily-rate = { $paragraf ->
    [109] You pay { $takst } per day and night at a women's shelter.
   *[110] You pay { $takst } per day and night at a shelter for homeless people.
}
calc-daily-total = { $doegn } days × { $takst } gives { $i_alt }.
calc-daily-covers = { $paragraf ->
    [109] The amount covers the stay, electricity and heating, and your children's stay.
   *[110] The amount covers the stay, electricity and heating.
}
calc-daily-food-laundry = The place may charge for food and laundry on top.
calc-daily-year-change = The stay runs into { $aar }. The amount may change on 1 January. We use the rate for { $brugt }.

## § 97
calc-companion-max = You can get up to { $hoejst } a year for your companion's expenses, e.g. transport.
calc-companion-covered = Your expenses are { $udgifter } a year. You can get { $daekket } covered.
calc-companion-above-max = You pay the { $over } above { $hoejst } yourself.
calc-companion-law-text = The law names a base amount of { $beloeb }. It is adjusted every year. So we use the oldest rate we have.

## § 108
calc-housing-income = Your income is { $indkomst } a year.
calc-housing-single-pensioner = You are a single pensioner. So we deduct { $fradrag }. We count { $grundlag }.
calc-housing-below = { $procent } of { $grundlag } (the income up to { $graense }) gives { $beloeb }.
calc-housing-above = { $procent } of { $grundlag } (the income above { $graense }) gives { $beloeb }.
calc-housing-sum = That is { $aar } a year or { $maaned } a month in total.
calc-housing-capped = You never pay more than the housing costs: { $boligudgift } a year.
calc-housing-under-cap = The housing costs { $boligudgift } a year. You never pay more than that.
calc-housing-cap-unknown = You never pay more than the housing actually costs. If you know the cost of the housing, enter it.
calc-housing-services-extra = You pay for electricity, heating and food on top.
calc-rough-estimate = This is a rough estimate. The municipality calculates your payment.

## Names of the rates
calc-rate-merudgift-threshold = Lower limit, merudgiftsydelse
calc-rate-merudgift-standard = Fixed amount, merudgiftsydelse
calc-rate-merudgift-actual-above = Limit for actual expenses, merudgiftsydelse
calc-rate-kompensation-threshold = Lower limit, kompensationsydelse
calc-rate-kompensation-group1 = Fixed amount, group 1
calc-rate-kompensation-group2-above = Limit for group 2
calc-rate-kompensation-group2-standard = Fixed amount on top, group 2
calc-rate-daily-rate = Payment per day and night
calc-rate-companion-max = Companion's expenses, most a year
calc-rate-companion-law-text = The law's base amount for the companion's expenses
calc-rate-housing-income-limit = Income limit for payment in a botilbud
calc-rate-housing-percent-below = Percentage of the income up to the limit
calc-rate-housing-percent-above = Percentage of the income above the limit
calc-rate-housing-single-pensioner = Deduction for single pensioners
