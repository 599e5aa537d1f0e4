## Beregn: the calculators (src/ui/pages/beregn). The calc-*, money-* and calc-rate-*
## messages are the domain's own (copied unchanged from tests/cases/calc/beskeder.en.ftl);
## the beregn-* messages are the pages' texts.

## The calculators (/beregn)
beregn-lead = Here you can get an estimate of what you may get or have to pay. You see every step of the calculation with the rate, the year and the source.
beregn-100-link = Compensation for extra expenses (§ 100)
beregn-100-explain = If you have extra expenses because of a permanent disability, see what subsidy you might get.
beregn-doegn-link = Crisis centre and shelter (§ 109 and § 110)
beregn-doegn-explain = See what you pay for staying at a crisis centre or a shelter.
beregn-ledsager-link = Your companion's expenses (§ 97)
beregn-ledsager-explain = See how much of your companion's expenses can be covered in a year.
beregn-botilbud-link = Payment for housing in supported housing (§ 108)
beregn-botilbud-explain = Get a rough estimate of what you pay for living in long-term supported housing.
beregn-estimate-note = Every calculation is an estimate. The municipality makes the decision. Your figures stay in your browser. Nothing is sent.
beregn-free-heading = Services without co-payment
beregn-free-choose = Choose your municipality to see which services are free and what you pay for yourself.
beregn-free-intro = In { $kommune } you do not pay for these services:
beregn-free-self-paid = You pay yourself:
beregn-free-note = See more on the page about each service (in Danish).

## Shared by the forms
beregn-date-label = Which date should the calculation be for?
beregn-date-name = Date
beregn-calculate = Calculate
beregn-yes = Yes
beregn-no = No
beregn-suffix-kr = kr.
beregn-period-label = How often
beregn-per-month = Per month
beregn-per-year = Per year
beregn-amount-hint = Enter e.g. 1.530,50 or 1530 (Danish style).
beregn-result-stale = You have changed your answers since the calculation. Press "Calculate" again to see a result that fits your answers.
beregn-result-heading = Your estimate
beregn-per-month-amount = { $beloeb } a month
beregn-per-year-amount = That is { $beloeb } a year.
beregn-range-month = Between { $min } and { $max } a month
beregn-range-year = That is between { $min } and { $max } a year.
beregn-range-why = The rates can be read in two ways at your figures. So we show both amounts. The municipality decides which one applies.
beregn-step-warning = Note:
beregn-trail-heading = How we calculated
beregn-trail-intro = Each step shows the rates we used, with year and source.
beregn-level-year = { $aar } level
beregn-level-law = the law's base amount
beregn-rate-line = { $navn }: { $vaerdi } ({ $niveau }).
beregn-source = Source: { $kilde }.
beregn-rough-tag = Rough estimate

## Errors
beregn-error-title = Error: { $title }
beregn-error-summary-heading = There is a problem
beregn-error-summary-item = { $felt }: { $besked }
beregn-error-date-empty = Choose a date.
beregn-error-date-invalid = The date does not exist. Choose a date, e.g. 1.9.2025.
beregn-error-choose = Choose one of the answers.
beregn-error-number-empty = { $hvad ->
    [age] Enter your age.
   *[days] Enter the number of days.
}
beregn-error-number-invalid = { $hvad ->
    [age] Enter your age as a whole number, e.g. 45.
   *[days] Enter the number of days as a whole number, e.g. 14.
}
beregn-error-number-small = { $hvad ->
    [age] Your age cannot be below { $min }.
   *[days] Enter at least { $min } day.
}
beregn-error-number-large = { $hvad ->
    [age] Enter an age of at most { $max } years.
   *[days] Enter at most { $max } days.
}

## Compensation (§ 100)
beregn-100-title = Compensation for extra expenses
beregn-100-heading = Calculate compensation for extra expenses (§ 100)
beregn-100-lead = If you have extra expenses because of a permanent disability or a chronic illness, the municipality can give a subsidy. Enter your expenses to see an estimate.
beregn-100-date-hint = The rules have changed. The date decides which rules and rates the calculation uses.
beregn-date-note-merudgift = On this date the old rules on merudgiftsydelse apply (before { $fra }).
beregn-date-note-kompensation = On this date the new rules on kompensationsydelse apply (from { $fra }).
beregn-person-heading = About you
beregn-person-intro = You can skip a question. The calculation then assumes that you meet the condition, and says so.
beregn-age-label = How old are you? (optional)
beregn-age-hint = Your age on the date of the calculation.
beregn-age-name = Age
beregn-pension-legend = Do you receive state pension (folkepension)? (optional)
beregn-pension-not-reached = No, I have not reached state pension age
beregn-pension-deferred = No, I have reached the age but deferred my state pension
beregn-pension-receiving = Yes, I receive state pension
beregn-early-legend = Do you receive early retirement pension (førtidspension)? (optional)
beregn-early-none = No
beregn-early-after = Yes, granted on 1 January 2003 or later
beregn-early-before = Yes, granted before 1 January 2003
beregn-bpa-legend = Do you have citizen-controlled personal assistance (BPA) under § 96?
beregn-95-legend = Do you receive a cash grant for help under § 95?
beregn-receives-legend = Do you receive merudgiftsydelse today? (optional)
beregn-receives-hint = That is the benefit that applied before the new rules.
beregn-expenses-heading = Your extra expenses
beregn-expenses-intro = Enter each expense on its own. Only the expenses you have because of your disability or illness.
beregn-expense-legend = Expense { $nr }
beregn-expense-category = What is the expense for?
beregn-expense-amount = Amount
beregn-expense-amount-name = Expense { $nr }, amount
beregn-expense-documented = I can document the expense, e.g. with receipts
beregn-expense-anyway = Of this, you would have spent anyway (optional)
beregn-expense-anyway-hint = What you would have spent on the same thing anyway without a disability. Same period as the amount.
beregn-expense-anyway-name = Expense { $nr }, what you would have spent anyway
beregn-expense-remove = Remove expense { $nr }
beregn-expense-add = Add an expense
beregn-positive-yes = On the positive list for group 2.
beregn-positive-no = Not on the positive list for group 2.
beregn-positive-unknown = The municipality decides whether it is on the positive list for group 2.
beregn-anyway-heading = What you would have spent anyway
beregn-anyway-label = Total amount (optional)
beregn-anyway-hint = If you have not entered it for each expense, you can enter a total here.
beregn-anyway-name = What you would have spent anyway
beregn-regime-merudgift = Merudgiftsydelse (the rules before { $fra })
beregn-regime-kompensation = Kompensationsydelse (the rules from { $fra })
beregn-group1 = Group 1
beregn-group2 = Group 2
beregn-group2-none = Not with your figures
beregn-group-best = gives most
beregn-conditions-heading = Conditions
beregn-condition-met = Met
beregn-condition-not-met = Not met
beregn-condition-unanswered = Not answered

## What if (the chart)
beregn-whatif-heading = What if your expenses change?
beregn-chart-title = Subsidy a month at different expenses a month
beregn-chart-y = Subsidy a month (kr.)
beregn-chart-x = Extra expenses a month (kr.)
beregn-chart-marker = Line { $nr }: { $navn } at { $beloeb } a month ({ $niveau }).
beregn-chart-you = The dot shows your figures: { $udgift } in extra expenses gives { $beloeb } a month.
beregn-chart-legend = { $navn }: { $beloeb } a month ({ $niveau })
beregn-chart-min-line = The dashed line shows the lowest amount where the rates can be read in two ways.
beregn-chart-you-key = The dot shows your figures.
beregn-chart-table-summary = See the figures as a table
beregn-table-expenses = Expenses a month
beregn-table-amount = Subsidy a month
beregn-table-none = None

## Take it into the application
beregn-keep-heading = Take the calculation into the application
beregn-keep-text = Then you can use your figures when you prepare an application. The portal sends nothing.
beregn-keep-button = Take into the application
beregn-keep-done-memory = The calculation is kept for the application. It is only kept while the tab is open.
beregn-keep-done-device = The calculation is kept for the application. It is saved on this device until you delete it.
beregn-keep-later = The application will come later in the portal. The calculation waits for it.
beregn-keep-later-link = Read about the application
beregn-keep-ready = You will find the expenses under Expenses when you get an application ready.
beregn-keep-ready-link = Go to the application
privacy-item-calculation = Your latest calculation of kompensationsydelse (the date, your answers and your expenses), if you took it into the application.

## Crisis centre and shelter (§ 109 and § 110)
beregn-doegn-title = Crisis centre and shelter
beregn-doegn-heading = Calculate payment for a crisis centre or shelter (§ 109 and § 110)
beregn-doegn-lead = You pay a fixed amount for each day (døgn) you stay. Enter where you will stay and for how many days.
beregn-doegn-place-legend = Where will you stay?
beregn-doegn-place-109 = At a crisis centre for women (§ 109)
beregn-doegn-place-110 = At a shelter or hostel (§ 110)
beregn-doegn-place-name = Where you will stay
beregn-doegn-date-label = When does the stay begin?
beregn-doegn-date-hint = The rate of the year the stay begins is used.
beregn-doegn-date-name = Date
beregn-doegn-days-label = How many days?
beregn-doegn-days-hint = Enter a whole number, e.g. 14.
beregn-doegn-days-name = Number of days
beregn-doegn-total = { $beloeb } for { $doegn } days
beregn-doegn-rate = That is { $beloeb } per day ({ $aar } level).

## Companion's expenses (§ 97)
beregn-ledsager-title = Companion's expenses
beregn-ledsager-heading = Calculate cover of your companion's expenses (§ 97)
beregn-ledsager-lead = If you have a companion scheme, some of your companion's expenses can be covered, e.g. transport. There is a maximum for each year.
beregn-ledsager-expenses-label = What do you expect your companion to spend in a year? (optional)
beregn-ledsager-expenses-hint = E.g. 1.200. If you leave it empty, you only see the most that can be covered.
beregn-ledsager-expenses-name = The companion's expenses
beregn-ledsager-covered = { $beloeb } a year can be covered
beregn-ledsager-max = At most { $beloeb } a year can be covered ({ $aar } level).

## Supported housing (§ 108)
beregn-botilbud-title = Supported housing
beregn-botilbud-heading = Calculate payment for housing in supported housing (§ 108)
beregn-botilbud-lead = If you live in long-term supported housing, you pay for the housing based on your income. Here you get a rough estimate.
beregn-botilbud-rough-note = This is a rough estimate. The municipality calculates your payment from your whole financial situation.
beregn-botilbud-income-label = What is your income a year before tax?
beregn-botilbud-income-hint = E.g. 180.000. Include all income, also pension.
beregn-botilbud-income-name = Income a year
beregn-botilbud-single-legend = Are you a single pensioner?
beregn-botilbud-single-hint = You receive a pension and live alone.
beregn-botilbud-single-name = Single pensioner
beregn-botilbud-housing-label = What does the housing cost a year? (optional)
beregn-botilbud-housing-hint = Rent without electricity, heating and food. You never pay more than the housing costs.
beregn-botilbud-housing-name = Housing cost a year
beregn-botilbud-month = About { $beloeb } a month
beregn-botilbud-year = That is about { $beloeb } a year.

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
    [over-age] You are { $alder }. The portal assumes that the state pension age is { $pensionsalder }. Above it you can only get the benefit if you have deferred your state pension. The municipality checks your exact age.
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
calc-check-large-amount = Check the amount for { $kategori }: { $beloeb } { $periode ->
    [year] a year
   *[month] a month
} is { $maaned } a month and { $aar } a year. That is a lot. Did you perhaps mean a smaller amount, or a year instead of a month? The calculation uses the amount as you typed it.
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
beregn-free-law = The portal does not have the own rules of { $kommune }. The list shows what the law says. The municipality may have its own rules on what you pay yourself.
