# Find help (the screener), English.
#
# Part 1: every message id the domain produces (src/domain/screener/besked.rs, BESKED_IDS),
# with the same ids as locales/da/screener.ftl.
# Every domain message gets $hvem: "du" (the citizen answers: "you") or "personen" (a helper
# answers: "the person"). In helper mode "you" is the helper and "the person" the citizen.
#
# Part 2: the pages (src/ui/pages/screener/).

## Verdicts, statuses, roles

screener-vurdering-kan-passe = Might fit
screener-vurdering-kommunen-vurderer = The municipality assesses
screener-vurdering-passer-nok-ikke = Probably does not fit
screener-status-opfyldt = Met
screener-status-ikke-opfyldt = Not met
screener-status-ikke-besvaret = Not answered
screener-status-vurderes-individuelt = The municipality assesses
screener-rolle-krav = Requirement
screener-rolle-oenske = { $hvem ->
    [personen] The person's wish
   *[du] Your wish
}
screener-rolle-delydelse = Applies to part of the help only
screener-rolle-forbehold = The municipality also looks at this

## Questions (one per page) and answers

screener-q-hvem = Who is answering?
screener-q-hvem-selv = I am answering for myself
screener-q-hvem-hjaelper = I am helping someone else
screener-q-kommune = { $hvem ->
    [personen] Which municipality does the person live in?
   *[du] Which municipality do you live in?
}
screener-q-alder = { $hvem ->
    [personen] How old is the person?
   *[du] How old are you?
}
screener-q-alder-ved-ikke = Don't know
screener-q-bolig = { $hvem ->
    [personen] Where does the person live?
   *[du] Where do you live?
}
screener-q-bolig-egen-bolig = In an ordinary home, rented or owned
screener-q-bolig-botilbud = In a residential facility with staff (botilbud)
screener-q-bolig-ingen-bolig = No home, or about to lose the home
screener-q-bolig-ved-ikke = Don't know
screener-q-vanskeligheder = { $hvem ->
    [personen] What is hard for the person in daily life? Choose all that apply.
   *[du] What is hard for you in daily life? Choose all that apply.
}
screener-q-vanskeligheder-ingen = None of these
screener-q-niveau = { $hvem ->
    [personen] How hard is it for the person: { $tema }?
   *[du] How hard is it for you: { $tema }?
}
screener-q-niveau-ingen = No problems
screener-q-niveau-lidt = A little hard
screener-q-niveau-noget = Quite hard
screener-q-niveau-meget = Very hard
screener-q-niveau-kan-ikke = Cannot do it at all
screener-q-niveau-ved-ikke = Don't know
screener-q-socialt = { $hvem ->
    [personen] Is any of this part of the person's life right now? Choose all that apply.
   *[du] Is any of this part of your life right now? Choose all that apply.
}
screener-q-socialt-stoffer = Drugs
screener-q-socialt-alkohol = Too much alcohol
screener-q-socialt-vold = Violence or threats of violence
screener-q-socialt-hjemloeshed = No home, or about to lose the home
screener-q-socialt-isolation = Very alone
screener-q-socialt-akut-krise = An acute crisis right now
screener-q-socialt-ingen = None of these
screener-q-anonym = { $hvem ->
    [personen] Would the person rather be anonymous?
   *[du] Would you rather be anonymous?
}
screener-q-paaroerende = { $hvem ->
    [personen] Is there a relative who cares for the person and may need a break?
   *[du] Is there a relative who cares for you and may need a break?
}
screener-q-doevblind = { $hvem ->
    [personen] Is the person deafblind? This means that both sight and hearing are very reduced.
   *[du] Are you deafblind? This means that both sight and hearing are very reduced.
}
screener-q-pension = { $hvem ->
    [personen] Does the person get a pension?
   *[du] Do you get a pension?
}
screener-q-pension-folkepension = State pension (folkepension)
screener-q-pension-foertidspension-foer-2003 = Disability pension (førtidspension) granted before 1 January 2003
screener-q-pension-foertidspension-fra-2003 = Disability pension (førtidspension) granted on 1 January 2003 or later
screener-q-pension-udskudt-folkepension = The state pension is deferred
screener-q-pension-ingen = No pension
screener-q-pension-ved-ikke = Don't know
screener-q-bpa = { $hvem ->
    [personen] Does the person have personal assistance (BPA) under § 96, or a grant to employ helpers under § 95?
   *[du] Do you have personal assistance (BPA) under § 96, or a grant to employ helpers under § 95?
}
screener-q-merudgifter = { $hvem ->
    [personen] Does the person have extra costs in daily life because of a permanent disability? For example medicine, transport or a special diet.
   *[du] Do you have extra costs in daily life because of a permanent disability? For example medicine, transport or a special diet.
}
screener-svar-ja = Yes
screener-svar-nej = No
screener-svar-ved-ikke = Don't know

## The areas of daily life (VUM themes) in everyday words

screener-tema-fysisk-funktion = The body, e.g. seeing, hearing, walking or using the hands
screener-tema-psykisk-funktion = Thoughts and feelings, e.g. remembering, concentrating or handling anxiety
screener-tema-socialt-problem = Social problems
screener-tema-praktiske-opgaver = Practical things at home, e.g. cleaning, washing clothes, shopping and cooking
screener-tema-samfundsliv = Money, post, work and contact with public authorities
screener-tema-socialt-liv = Being with other people
screener-tema-sundhed = Health, e.g. taking medicine, sleeping, eating and seeing a doctor
screener-tema-kommunikation = Talking with others and understanding them
screener-tema-mobilitet = Getting around, outdoors and indoors
screener-tema-egenomsorg = Looking after oneself, e.g. washing, getting dressed and eating
screener-tema-omgivelser = The home and the people around

## Criteria: what the rule says

screener-krit-min-alder = { $hvem ->
    [personen] The person must be at least { $min } years old.
   *[du] You must be at least { $min } years old.
}
screener-krit-max-folkepensionsalder = { $hvem ->
    [personen] The person must be under the state pension age.
   *[du] You must be under the state pension age.
}
screener-krit-max-folkepensionsalder-min-67 = { $hvem ->
    [personen] The person must be under the state pension age when the help starts. The limit is never below { $mindst } years.
   *[du] You must be under the state pension age when the help starts. The limit is never below { $mindst } years.
}
screener-krit-udelukket-misbrug = The help is not for drug or alcohol misuse.
screener-krit-udelukket-sindslidelse = The help is not for a mental illness.
screener-krit-udelukket-andre-sociale-problemer = The help is only for people without other social problems.
screener-krit-udelukket-foertidspension-foer-2003 = The help is not given with a disability pension granted under the rules from before 1 January 2003.
screener-krit-udelukket-botilbud = The help is not given to people who live in a residential facility (botilbud).
screener-krit-udelukket-folkepension = The help is not given to people who get the state pension.
screener-krit-behov-temaer = { $hvem ->
    [personen] At least one of these must be hard for the person: { $temaer }.
   *[du] At least one of these must be hard for you: { $temaer }.
}
screener-krit-vum = { $samme ->
    [ja] The problems with { $tema } must be at the level "{ $fra }".
   *[nej] The problems with { $tema } must be from the level "{ $fra }" to the level "{ $til }".
}
screener-krit-vum-en-af = At least one of these must fit: { $temaer }.
screener-krit-vum-alle = All of these must fit: { $temaer }.
screener-krit-behov-vurderes = { $hvem ->
    [personen] The municipality assesses the person's needs from the person's whole situation.
   *[du] The municipality assesses your needs from your whole situation.
}
screener-krit-forbehold = The municipality's rules also say: { $tekst }
screener-krit-anonym = { $hvem ->
    [personen] The person would rather be anonymous.
   *[du] You would rather be anonymous.
}
screener-krit-s81-raadgivning = Advice is for everyone with a reduced ability to function or social problems.
screener-krit-s82c-akut-krise = The social emergency service (akuttilbud) is for adults in an acute mental crisis.
screener-krit-s84-paaroerende = The help gives a relative who cares for someone a break.
screener-krit-s98-doevblind = The help is for people who are deafblind.
screener-krit-s99-udsat = The help is for people who are very vulnerable or alone, e.g. because of misuse, homelessness or mental health problems.
screener-krit-s100-merudgifter = There must be extra costs in daily life because of a permanent disability.
screener-krit-s101-stoffer = The treatment is for people who use drugs.
screener-krit-s101a-ingen-andre-problemer = The anonymous treatment is only for people without other social problems.
screener-krit-s109-vold = The crisis centre is for people who have experienced violence or threats of violence.
screener-krit-s109-kvinder = Crisis centres under § 109 are for women.
screener-krit-s110-bolig = The shelter (forsorgshjem) is for people who have no home or cannot live in their home.
screener-krit-ledsagelse-hovedparten = There must be severe or complete problems in most areas of life.

## Explanations: why a criterion has its status

screener-forkl-ikke-besvaret = You have not answered this.
screener-forkl-alder = { $hvem ->
    [personen] You answered that the person is { $alder } years old.
   *[du] You answered that you are { $alder } years old.
}
screener-forkl-pensionsalder-antaget = We assume that the state pension age is { $pensionsalder } years. The municipality checks the exact age.
screener-forkl-s97-beholder = { $hvem ->
    [personen] If the person got the escort scheme before the state pension age, the person keeps it.
   *[du] If you got the escort scheme before the state pension age, you keep it.
}
screener-forkl-udskudt-pension = { $hvem ->
    [personen] The person has deferred the state pension. Then the limit does not apply.
   *[du] You have deferred your state pension. Then the limit does not apply.
}
screener-forkl-folkepension = { $hvem ->
    [personen] You answered that the person gets the state pension.
   *[du] You answered that you get the state pension.
}
screener-forkl-foertidspension-foer-2003 = { $hvem ->
    [personen] You answered that the person got a disability pension before 2003.
   *[du] You answered that you got a disability pension before 2003.
}
screener-forkl-bpa-undtagelse = { $hvem ->
    [personen] The person has BPA or a grant for helpers. Then the rule about disability pension does not apply.
   *[du] You have BPA or a grant for helpers. Then the rule about disability pension does not apply.
}
screener-forkl-bpa-nej = { $hvem ->
    [personen] The person got a disability pension before 2003 and has no BPA or grant for helpers.
   *[du] You got a disability pension before 2003 and have no BPA or grant for helpers.
}
screener-forkl-bpa-ukendt = With BPA under § 96 or a grant for helpers under § 95 the rule does not apply. The municipality looks at this.
screener-forkl-pension-anden = You answered that it is not that kind of pension.
screener-forkl-under-pensionsalder = { $hvem ->
    [personen] The person is under the state pension age.
   *[du] You are under the state pension age.
}
screener-forkl-under-18 = { $hvem ->
    [personen] The person is under 18.
   *[du] You are under 18.
}
screener-forkl-misbrug = You mentioned drugs or alcohol.
screener-forkl-ingen-misbrug = You did not mention drugs or alcohol.
screener-forkl-psykisk-vurderes = You answered that thoughts and feelings are hard. The municipality assesses what that means here.
screener-forkl-ingen-psykisk = You did not choose thoughts and feelings as something that is hard.
screener-forkl-andre-problemer = You mentioned other social problems, e.g. violence, no home, being very alone or a crisis.
screener-forkl-ingen-andre-problemer = You did not mention other social problems.
screener-forkl-botilbud = You answered that the home is a residential facility (botilbud).
screener-forkl-ikke-botilbud = You answered that the home is not a residential facility (botilbud).
screener-forkl-tema-valgt = You chose { $tema } as something that is hard.
screener-forkl-doevblind-fysisk = You answered yes to deafblindness. That counts as a reduced physical function.
screener-forkl-ingen-temaer = You did not choose any of these.
screener-forkl-niveau-ukendt = You did not answer how hard { $tema } is.
screener-forkl-niveau-under = Your answer about { $tema } means level { $niveau }. That is lower than the requirement.
screener-forkl-niveau-inden = Your answer about { $tema } means level { $niveau }. That fits the requirement.
screener-forkl-niveau-over = Your answer about { $tema } means level { $niveau }. That is more than this training is for. The municipality can look at other help.
screener-forkl-note = { $tekst }
screener-forkl-kilde-uklar = The source is not clear here: { $tekst } The municipality assesses it.
screener-forkl-niveau-uklar = Your answer about { $tema } matches level { $niveau }. The source is not clear about that level: { $tekst } The municipality assesses it.
screener-forkl-behov-vurderes = The municipality's rules: { $tekst }
screener-forkl-anonym-mulig = Here it is possible to be anonymous.
screener-forkl-anonym-ikke-mulig = The description does not say that you can be anonymous here. You can still apply or ask.
screener-forkl-svaret-ja = You answered yes.
screener-forkl-svaret-nej = You answered no.
screener-forkl-noget-er-svaert = You answered that something is hard.
screener-forkl-alle-kan-faa-raad = { $hvem ->
    [personen] The advice is for people with a reduced ability to function or special social problems. The municipality assesses whether that applies to the person.
   *[du] The advice is for people with a reduced ability to function or special social problems. The municipality assesses whether that applies to you.
}
screener-forkl-akut-krise = You mentioned an acute crisis.
screener-forkl-ingen-akut-krise = You did not mention an acute crisis.
screener-forkl-udsat = You mentioned being very alone, having no home, or misuse.
screener-forkl-ikke-udsat = You did not mention being very alone, having no home, or misuse.
screener-forkl-stoffer = You mentioned drugs.
screener-forkl-kun-alkohol = You mentioned alcohol but not drugs. Treatment for alcohol comes under the Health Act (sundhedsloven) § 141, not the Social Services Act § 101 (Viborg Kommune, quality standards 2020, section 1.4.5).
screener-forkl-ingen-stoffer = You did not mention drugs.
screener-forkl-vold = You mentioned violence or threats.
screener-forkl-ingen-vold = You did not mention violence or threats.
screener-forkl-kvinder = The head of the crisis centre assesses who can stay there.
screener-forkl-hjemloes = You answered that there is no home, or that the home is about to be lost.
screener-forkl-har-bolig = You answered that there is a home.
screener-forkl-hovedparten = You answered that { $antal } of { $ud_af } areas are very hard or impossible.

## What might help instead

screener-alt-alkohol = Treatment for alcohol comes under the Health Act (sundhedsloven) § 141. Ask the municipality or your doctor (Viborg Kommune, quality standards 2020, section 1.4.5).
screener-alt-botilbud = In a residential facility the support is part of the facility. Talk to the staff or the caseworker.
screener-alt-raadgivning = The municipality gives free advice about which help there is.

## Immediate help

screener-straks-112 = Is anyone in danger right now? Call 112.
screener-straks-krisecenter = { $hvem ->
    [personen] The person can contact a crisis centre directly ({ $navn }). There is no need to apply to the municipality first, and the person can be anonymous.
   *[du] You can contact a crisis centre directly ({ $navn }). You do not need to apply to the municipality first, and you can be anonymous.
}
screener-straks-akuttilbud = { $hvem ->
    [personen] If the person is in an acute mental crisis, the person can contact a social emergency service directly ({ $navn }). There is no need to apply first.
   *[du] If you are in an acute mental crisis, you can contact a social emergency service directly ({ $navn }). You do not need to apply first.
}
screener-straks-anonym-behandling = { $hvem ->
    [personen] The person can get treatment for drug use without giving a name ({ $navn }). The contact can be anonymous, online or by phone.
   *[du] You can get treatment for drug use without giving your name ({ $navn }). You can contact the municipality anonymously, online or by phone.
}
screener-straks-anonym-raadgivning = { $hvem ->
    [personen] The person can get advice from the municipality without giving a name ({ $navn }).
   *[du] You can get advice from the municipality without giving your name ({ $navn }).
}
screener-straks-nu-112 = Call 112 if anyone is in danger. You can call 112 day and night.
screener-straks-nu-ingen-nummer = The portal has no phone number or address for { $navn }.
screener-straks-nu-kommune-telefon = { $afdeling } in { $kommune } can tell { $hvem ->
    [personen] the person
   *[du] you
} how to reach this help. Call { $telefon } ({ $tider }).
screener-straks-nu-kommune-web = { $kommune } can tell { $hvem ->
    [personen] the person
   *[du] you
} how to reach this help. The portal does not have the municipality's phone number. See { $web }.
screener-straks-nu-ingen-kommune = The portal has no contact details of { $hvem ->
    [personen] the person's municipality
   *[du] your municipality
}. Find them on the municipality's website or on borger.dk.
screener-straks-nu-ellers-112 = Outside the phone hours, and anyone is in danger? Call 112.

## Next steps and documents

screener-naeste-soeg-hos-kommunen = { $hvem ->
    [personen] { $kommune } assesses the person's case before the help starts. This is how you get started:
   *[du] { $kommune } assesses your case before the help starts. This is how you get started:
}
screener-naeste-kontakt-stedet = The municipality does not need to assess the case first. This is how to make contact:
screener-dok-fuldmagt = A power of attorney signed by the person, if you are to act for the person with the municipality.
screener-dok-helbred = { $hvem ->
    [personen] Papers from a doctor, hospital or psychiatry about the person's disability or illness, if you have them.
   *[du] Papers from a doctor, hospital or psychiatry about your disability or illness, if you have them.
}
screener-dok-merudgifter = A list of the extra costs the disability causes, e.g. for medicine, transport or food. Keep receipts and bills.
screener-dok-pension = The letter about the pension, e.g. the decision on disability pension.
screener-dok-bpa = The decision on BPA or a grant for helpers.
screener-dok-ledsager = The name of a person who can be the escort, if there is one.
screener-dok-kvitteringer = Receipts for the escort's or contact person's expenses when you are out together.
screener-dok-oekonomi = Information about income and fixed expenses. The municipality calculates the payment from them.

## ---------------------------------------------------------------- Part 2: the pages

## Start page
screener-start-lead = Answer a few questions about daily life. Then you see which help from the municipality might fit – and why.
screener-start-how-heading = How it works
screener-start-how-1 = You answer one question at a time. You can always answer "Don't know". It takes about 5 minutes.
screener-start-how-2 = Then you see which services might fit, which the municipality must assess, and which probably do not fit. You see why, which rule it is based on, and where the rule is written.
screener-start-how-3 = If you help someone else, choose "I am helping someone else". The questions then say "the person" instead of "you".
screener-start-decide-heading = The guide decides nothing
screener-start-decide = It is only a first overview. The municipality always assesses the situation and makes the decision. You can always apply or ask the municipality, whatever the guide shows.
screener-start-button = Start
screener-start-resume-heading = You have already started
screener-start-resume = Continue where you left off
screener-start-check = See your answers
screener-start-over = Start again
screener-start-privacy-heading = Your answers
screener-start-privacy = Your answers stay in your browser and are not sent to anyone. They are only kept while the tab is open – unless you have chosen to save on this device.
screener-start-privacy-link = Read about your data

## Question pages
screener-back = Back
screener-step = Part { $nr } of { $antal }: { $afsnit }
screener-afsnit-1 = Basic details
screener-afsnit-2 = Daily life
screener-afsnit-3 = Life situation
screener-afsnit-4 = Money and pension
screener-continue = Continue
screener-or = or
screener-title-error = Error: { $title }
screener-error-summary = There is a problem
screener-kommune-vaelg = Choose municipality
screener-alder-hint = Write the age in whole years, e.g. 45.
screener-alder-unit = years
screener-alder-aar = { $alder } years
screener-fejl-hvem = Choose whether you answer for yourself or help someone else.
screener-fejl-kommune = { $hvem ->
    [personen] Choose the municipality the person lives in.
   *[du] Choose the municipality you live in.
}
screener-fejl-alder-tom = { $hvem ->
    [personen] Write the person's age, or choose "Don't know".
   *[du] Write your age, or choose "Don't know".
}
screener-fejl-alder-tal = Write the age in numbers, e.g. 45.
screener-fejl-alder-negativ = The age cannot be below 0 years.
screener-fejl-alder-for-hoej = The age must be 130 years or lower. Check that it is written correctly.
screener-fejl-alder-begge = Write an age or choose "Don't know" – not both.
screener-fejl-bolig = { $hvem ->
    [personen] Choose where the person lives, or choose "Don't know".
   *[du] Choose where you live, or choose "Don't know".
}
screener-fejl-vanskeligheder = Choose at least one thing, or choose "None of these".
screener-fejl-niveau = Choose how hard it is, or choose "Don't know".
screener-fejl-socialt = Choose at least one thing, or choose "None of these".
screener-fejl-pension = Choose a pension, "No pension" or "Don't know".
screener-fejl-ja-nej = Choose "Yes", "No" or "Don't know".
screener-fejl-ugyldig = The answer could not be used. Choose one of the answers.

## Check your answers
screener-check-title = Check your answers
screener-check-heading = Check your answers
screener-check-lead = Look through your answers. You can change an answer before you see the result.
screener-check-change = Change
screener-check-answer = Answer
screener-check-not-answered = Not answered
screener-check-missing = { $antal } question(s) have no answer. You can still see the result, but then there is more for the municipality to assess.
screener-check-none = You have not answered any questions yet.
screener-check-results = See the result

## Result
screener-result-title = Result
screener-result-heading = { $hvem ->
    [personen] Help that might fit the person
   *[du] Help that might fit you
}
screener-result-note = { $hvem ->
    [personen] It is only a first overview. The municipality always assesses the person's situation.
   *[du] It is only a first overview. The municipality always assesses your situation.
}
screener-result-municipality = The answers are compared with the rules of { $kommune }.
screener-result-empty = You have not answered the questions yet.
screener-result-no-municipality = { $hvem ->
    [personen] Choose the municipality the person lives in. Then the guide can look at its rules.
   *[du] Choose the municipality you live in. Then the guide can look at its rules.
}
screener-result-choose-municipality = Choose municipality
screener-result-check = Check and change your answers
screener-result-start-over = Start again
screener-straks-heading = Get help now
screener-straks-now-heading = How to reach this help now:
screener-straks-call-112 = Call 112
screener-group-heading = { $gruppe } ({ $antal })
screener-group-empty = No services here.
screener-group-intro-kan-passe = Everything the guide can check fits. The municipality still assesses the case.
screener-group-intro-kommunen-vurderer = Nothing in the answers rules the help out, but the guide cannot check everything. The municipality assesses that.
screener-group-intro-passer-nok-ikke = At least one requirement probably does not fit the answers. You can still ask the municipality.
screener-grund-kan-passe = All the requirements the guide can check fit ({ $opfyldt } of { $alle }).
screener-grund-kommunen = { $hvem ->
    [personen] Nothing in the answers rules it out. The municipality assesses whether it fits the person.
   *[du] Nothing in your answers rules it out. The municipality assesses whether it fits you.
}
screener-grund-kommunen-mangler = { $hvem ->
    [personen] Nothing in the answers rules it out, but some answers are missing. The municipality assesses whether it fits the person.
   *[du] Nothing in your answers rules it out, but some answers are missing. The municipality assesses whether it fits you.
}
screener-grund-passer-nok-ikke = Why probably not: { $grund }
screener-grund-kilde-uklar = The source is not clear here, so the municipality assesses it. { $tekst }
screener-instead = This might help instead:
screener-why = Why?
screener-why-count = { $opfyldt } of { $alle } requirements are met. This is everything the guide looked at:
screener-kilde = Source: { $dokument }, section { $afsnit }
screener-next-heading = What do you do now?
screener-next-intro = { $hvem ->
    [personen] This is how the person applies or makes contact, and how long it takes. It covers the services that might fit and those the municipality assesses.
   *[du] This is how you apply or make contact, and how long it takes. It covers the services that might fit and those the municipality assesses.
}
screener-next-none = { $hvem ->
    [personen] The guide found no services that fit. The person can ask the municipality which help there is. If the person has a reduced ability to function or special social problems, the municipality must offer free advice.
   *[du] The guide found no services that fit. You can ask the municipality which help there is. If you have a reduced ability to function or special social problems, the municipality must offer you free advice.
}
screener-next-processing = Processing time
screener-next-read-more = Read more about { $navn }
screener-next-documents-heading = Good to have ready
screener-next-documents-intro = One list for all the services above.
screener-next-documents-for = For: { $ydelser }

screener-krit-s82ab-behov = The offer is for adults with a disability or social problems, and for those at risk of them.
screener-krit-saerlige-sociale-problemer = The help is also for people with special social problems, e.g. homelessness, violence, misuse or loneliness.
screener-forkl-socialt-forhold = { $hvem ->
    [personen] You answered that the person is having a hard time now, e.g. with housing, violence, misuse, a crisis or loneliness.
   *[du] You answered that you are having a hard time now, e.g. with housing, violence, misuse, a crisis or loneliness.
}
screener-forkl-ingen-sociale = You did not choose any of the social circumstances.
screener-forkl-risiko-vurderes = { $hvem ->
    [personen] The offer is also for people at risk of problems. The municipality assesses whether that applies to the person.
   *[du] The offer is also for people at risk of problems. The municipality assesses whether that applies to you.
}
screener-forkl-anden-vej = This does not decide anything here. Another of the requirements on who the help is for is met.
screener-forkl-ingen-sanser = You did not choose the body, talking with others or getting around as something that is hard.
screener-liste-eller = or
screener-liste-og = and

screener-layer-municipality = From the quality standard of { $kommune }.
screener-layer-law = From the law. { $kommune } has no quality standard for this in the portal. The municipality sets its own service level and assesses your case individually.
screener-layers = { $kommune } has its own quality standards for { $kommune_antal } of the services here. The other { $lov_antal } come from the law, because the portal does not have the municipality's own rules for them.
screener-next-processing-none = The portal does not know the municipality's processing time. The municipality must tell you (retssikkerhedsloven § 3(2)).

## The result: a service in easy-read Danish (Let dansk)
screener-easy = In easy-read Danish
