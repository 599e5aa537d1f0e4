# Ansøgning: the application draft (src/ui/pages/ansoegning/, src/domain/ansoegning/).
# Same keys and arguments as locales/da/ansoegning.ftl.

## The words for the person
ans-ord-subj = { $hvem ->
    [du] you
    [hun] she
    [han] he
    [navn] { $navn }
   *[personen] the person
}
ans-ord-obj = { $hvem ->
    [du] you
    [hun] her
    [han] him
    [navn] { $navn }
   *[personen] the person
}
ans-ord-poss = { $hvem ->
    [du] your
    [hun] her
    [han] his
    [navn] { $navn }'s
   *[personen] the person's
}
ans-ord-subj-stort = { $hvem ->
    [du] You
    [hun] She
    [han] He
    [navn] { $navn }
   *[personen] The person
}

## Start page
ans-title-error = Error: { $title }
ans-start-punkt-1 = You write the application here, step by step. It takes about 15 minutes.
ans-start-punkt-2 = You can save the application as a file and open it again later.
ans-start-punkt-3 = At the end you print it or save it as PDF. Then you hand it in to the municipality.
ans-start-punkt-4 = If you help someone else, you can add a power of attorney.
ans-intet-sendes = The portal sends nothing. The application stays with you until you hand it in yourself.
ans-rolle-legend = Who is writing the application?
ans-rolle-selv = I am applying for myself
ans-rolle-hjaelper = I am helping someone else apply
ans-start = Start
ans-fortsaet-kladde = Continue the application
ans-slet-spoerg = Do you want to delete the whole application?
ans-slet-spoerg-tekst = Everything you have written will be deleted. This cannot be undone. If you saved the application as a file, you still have the file.
ans-slet-ja = Yes, delete the application
ans-slet-nej = No, keep it
ans-tegn-tilbage = You can write { $antal } more characters.
ans-tegn-graense = You have reached the limit of { $max } characters. If there is more, you can write it in a letter and attach it.
ans-tegn-afkortet = The text you pasted was too long. There is room for { $max } characters, so the last { $antal } characters were not included. What was there before has not changed.
ans-for-stor = The application has become so long that it cannot be saved as a file. So the last thing you wrote was not included. Everything else is still there. Make one of the texts shorter.
ans-start-forfra = Delete the application and start again
ans-fejl-hvem-skriver = Choose whether you apply for yourself or help someone else
ans-data-heading = Where is the application kept?
ans-data-tekst = The application is only in this tab until you close it. You can save it as a file. If you said yes to saving on this device, the portal also keeps it here.
ans-data-link = Read about your data and choose what the portal may keep

## Open a saved file
ans-aabn-heading = Open a saved application
ans-aabn-label = Choose the file with your application
ans-aabn-hint = It is the file you got with "Save as file". It is called e.g. ansoegning-2026-11-23.json. What you have written now is replaced.
ans-aabn-ok = The application is open. You can continue where you left off.
ans-fil-fejl-for-stor = The file is too large. A saved application is much smaller. Choose the file you got with "Save as file". Your application has not changed.
ans-fil-fejl-ikke-json = The file cannot be read. It is not a saved application from the portal. Your application has not changed.
ans-fil-fejl-ikke-ansoegning = The file is not an application from Støtteportalen. Your application has not changed.
ans-fil-fejl-version = The file was made with another version of the portal (version { $detalje }). It cannot be opened here. Your application has not changed.
ans-fil-fejl-felt = The file has a field the portal does not know: { $detalje }. It may have been changed. Your application has not changed.
ans-fil-fejl-indhold = Something in the file has the wrong form. It may have been changed or damaged. Your application has not changed.
ans-fil-fejl-for-lang = A text or a list in the file is too long. Your application has not changed.

## Saving
ans-gem-som-fil = Save as file
ans-ugemt = Your application is not saved. It is gone when you close the tab. Save it as a file, or say yes to saving on this device.
ans-ugemt-link = Save on this device
ans-gemmes-paa-enheden = The application is saved on this device while you write.

## Steps
ans-trin-label = Steps of the application
ans-trin-title = { $trin } – Application
ans-trin-nr = Step { $nr } of { $antal }
ans-trin-om-dig = { $hvem ->
    [du] About you
   *[other] About the person
}
ans-trin-hvem-hjaelper = Who is helping
ans-trin-hvad-soeger-du = { $hvem ->
    [du] What you apply for
   *[other] What { $subj } applies for
}
ans-trin-din-hverdag = { $hvem ->
    [du] Your daily life
   *[other] Daily life
}
ans-trin-udgifter = Expenses
ans-trin-dokumenter = Documents
ans-trin-tjek = Check your answers
ans-trin-kvittering = Receipt and next steps
ans-fortsaet = Continue
ans-til-kvittering = The application is ready – see next steps
ans-tilbage = Back
ans-valgfri = (optional)
ans-ja = Yes
ans-nej = No

## Errors
ans-fejl-opsummering = There is a problem
ans-fejl-fornavn = { $hvem ->
    [du] Enter your first name
   *[other] Enter the person's first name
}
ans-fejl-efternavn = { $hvem ->
    [du] Enter your last name
   *[other] Enter the person's last name
}
ans-fejl-cpr-format = Write the CPR number as 10 digits, e.g. 010203-1234. Or leave the field empty.
ans-fejl-cpr-dato = The first 6 digits of the CPR number must be a date that exists (day, month, year).
ans-fejl-email = Write the e-mail address like name@example.dk
ans-fejl-hjaelper-navn = Enter your name
ans-fejl-hjaelper-relation = Write how you know { $obj }
ans-fejl-hjaelper-kontakt = Enter your phone number or your e-mail, so the municipality can contact you
ans-fejl-fuldmagt = Choose whether { $subj } gives you a power of attorney
ans-fejl-rolle = Choose how you help
ans-fejl-kommune = Choose the municipality
ans-fejl-ydelser = Choose at least one kind of help
ans-fejl-udgift-hvad = Write what the expense is for
ans-fejl-udgift-beloeb = Write the amount in kroner, e.g. 450 or 1.250,50
ans-fejl-trin = Something is missing in this step: go back and correct it

## Om dig / Om personen
ans-om-dig-intro = { $hvem ->
    [du] The municipality needs to know who you are and how to contact you. Only the name is required.
   *[other] The municipality needs to know who the person is and how to contact them. Only the name is required.
}
ans-felt-fornavn = First name
ans-felt-efternavn = Last name
ans-felt-cpr = CPR number
ans-felt-cpr-hint = The municipality can find { $obj } without it. Write it if you like, e.g. 010203-1234. It only goes into the application, never into the file name.
ans-felt-adresse = Address
ans-felt-telefon = Phone number
ans-felt-email = E-mail
ans-omtale-legend = What should the texts call the person?
ans-omtale-personen = "The person"
ans-omtale-hun = "She"
ans-omtale-han = "He"
ans-omtale-navn = The first name

## Hvem hjælper
ans-hjaelper-intro = Here you write about yourself. The municipality needs to know who you are and how you may help { $obj }.
ans-felt-hjaelper-navn = Your name
ans-felt-hjaelper-relation = How do you know { $obj }?
ans-felt-hjaelper-relation-hint = E.g. daughter, son, friend or neighbour.
ans-felt-hjaelper-telefon = Your phone number
ans-felt-hjaelper-kontakt-hint = Enter a phone number or an e-mail. One of them is enough.
ans-felt-hjaelper-email = Your e-mail
ans-fuldmagt-heading = Power of attorney, representative and companion
ans-fuldmagt-forklaring = A power of attorney (fuldmagt) is a signed note from { $obj } to the municipality. It says that you may act in the case. The municipality can ask for it. The portal makes one that { $subj } can sign.
ans-fuldmagt-legend = Does { $subj } give you a power of attorney?
ans-rolle-hjaelper-legend = How do you help?
ans-rolle-partsrepraesentant = Representative (partsrepræsentant)
ans-rolle-partsrepraesentant-hint = You act instead of { $obj }. The municipality talks and writes with you about the case. This needs a power of attorney.
ans-rolle-bisidder = Companion (bisidder)
ans-rolle-bisidder-hint = You come to meetings and support { $obj }. { $subjstort } decides and talks to the municipality.
ans-rolle-skriver = I only help write the application
ans-rolle-skriver-hint = The municipality talks with { $obj } about the case.

## Hvad søger du
ans-kommune-label = Which municipality gets the application?
ans-kommune-vaelg = Choose municipality
ans-ydelser-legend = What does { $subj } apply for?
ans-ydelser-hint = Choose all that fit. You can read about each service under Services.
ans-ydelser-fra-screener = We have ticked what might fit from your answers in Find help. You can change it.

## Din hverdag
ans-hverdag-intro = Write in your own words. The municipality makes its own assessment. The more it knows about daily life, the better it can assess.
ans-hverdag-ingen = You have not chosen anything to apply for yet. Go back to the step before.
ans-hverdag-hint = You could answer, for example:
ans-vejl-behov = What is hard for { $obj } in daily life, and what does { $subj } need help with?
ans-vejl-tema = How does { $tema } affect daily life for { $obj }?
ans-vejl-hidtil = What help does { $subj } get today, and from whom?
ans-vejl-maal = What would { $subj } like to manage with { $ydelse }?
ans-vejl-omfang = How often is help needed: every day, every week or less often?

## Udgifter
ans-udgifter-intro = Does { $subj } have extra expenses because of a disability or an illness? Then write them here. Otherwise you can skip this step.
ans-udgifter-fra-beregning = The expenses come from your calculation of kompensationsydelse from { $dato }. It gave { $beloeb } a month. You can change them.
ans-udgift-legend = Expense { $nr }
ans-udgift-hvad = What is the expense for?
ans-udgift-beloeb = Amount in kroner
ans-udgift-beloeb-hint = E.g. 450 or 1.250,50
ans-udgift-periode = Per month or per year?
ans-pr-maaned = per month
ans-pr-aar = per year
ans-udgift-fjern = Remove expense { $nr }
ans-udgift-tilfoej = Add an expense
ans-udgifter-note = More about the expenses
ans-udgifter-beregn = Would you like an estimate of kompensationsydelse?
ans-udgifter-beregn-link = Calculate kompensationsydelse

## Dokumenter
ans-dokumenter-intro = The municipality often asks for these. Tick what is ready. If you do not have it, send the application anyway. The municipality can get much of it itself.
ans-dokumenter-legend = I have this ready
ans-dokumenter-ingen = There is nothing special to gather for what you apply for. The municipality asks for what it is missing.
ans-dokument-til = For:
ans-dokument-klar = Ready
ans-dokument-ikke-klar = Not ready yet
ans-felt-andet = Is there anything else the municipality should know?

## Tjek dine svar and the printout
ans-tjek-intro = Read your answers. You can change everything. When you are done, you can print the application or save it as PDF.
ans-ret = Change
ans-ikke-udfyldt = Not filled in
ans-print-heading = Print or save as PDF
ans-print-tekst = Press the button. Choose a printer, or choose "Save as PDF" in the print window.
ans-print-knap = Print the application
ans-print-titel = Application for help to { $kommune }
ans-print-dato = Date: { $dato }
ans-underskrift-heading = Signature
ans-underskrift-tekst = { $hvem ->
    [du] I apply for what this application says. My information is correct to the best of my knowledge.
   *[other] The applicant applies for what this application says. The information is correct to the best of our knowledge.
}
ans-underskrift-dato-linje = Date: ____________________
ans-underskrift-person = Signature ({ $navn }): ______________________________
ans-underskrift-hjaelper = Signature, helper ({ $hjaelper }): ______________________________
ans-fuldmagt-print-heading = Power of attorney (fuldmagt)
ans-fuldmagt-tekst = I, { $fuldmagtsgiver }, give { $hjaelper } ({ $relation }) power of attorney to act for me in my case about help under the Social Services Act (serviceloven). This includes seeing the case papers and talking with the municipality about the case. I can withdraw it at any time.

## Kvittering og næste skridt
ans-kv-klar = The application is ready. The portal has not sent it. Remember to save it as a file or PDF.
ans-kv-aflever-heading = How to hand in the application
ans-kv-aflever-1 = Print the application, or save it as PDF.
ans-kv-aflever-2 = { $hvem ->
    [du] Sign it.
   *[other] { $subjstort } signs it. If { $subj } gives you power of attorney, { $subj } signs that too.
}
ans-kv-aflever-3 = Send it to { $kommune } by Digital Post or ordinary post, or hand it in. You can also call and ask how they prefer to get it.
ans-kv-hvornaar-heading = When will there be an answer?
ans-kv-hvornaar-tekst = The dates apply if the municipality gets the application today ({ $dato }). The municipality must tell you if it cannot make it.
ans-kv-forventet = Expected decision at the latest around { $dato }.
ans-kv-frist = The municipality's processing time: { $frist } ({ $aar }).
ans-kv-ingen-frist = The portal does not know the municipality's processing time for this help. The municipality decides when you get an answer. Ask the municipality.
ans-kv-klage-heading = If you disagree with the decision
ans-kv-klage-regel = You can complain. The deadline is { $frist } from the day you receive the decision. You send the complaint to the municipality.
ans-kv-klage-eksempel = Example: If you receive the decision on { $afgoerelse }, the last day to complain is { $klage }.
ans-kv-klage-regel-ydelser = You can complain about the decision on: { $ydelser }. The deadline is { $frist } from the day you receive the decision. You send the complaint to the municipality.
ans-kv-klage-ikke = You cannot complain to another authority about the decision on: { $ydelser }. If you disagree, you can talk to the municipality about it.
ans-kv-klage-se-ydelse = For the other services, what applies is written under the service above.
ans-ics-aflever = Hand in the application to { $kommune }
ans-ics-aflever-beskrivelse = The portal does not know the municipality's processing time. The municipality must tell you. If you disagree with a decision, the deadline to complain is usually 4 weeks from the day you receive it.
ans-kv-klage-link = How to complain
ans-kv-kalender-heading = Put the dates in your calendar
ans-kv-kalender-tekst = The file works in most calendars. It only has the dates and the name of the help – no name or CPR number.
ans-kv-kalender-knap = Get the dates for your calendar (.ics)
ans-kv-print = Print this page
ans-ics-afgoerelse = Expected answer from the municipality: { $ydelse }
ans-ics-klage = Last day to complain (if the decision comes as expected)
ans-ics-klage-beskrivelse = The complaint deadline is 4 weeks from the day you receive the decision. Change the date if the decision comes on another day.

## Privacy page
privacy-item-application = Your application (everything you wrote in Application), if you said yes to saving on this device.
