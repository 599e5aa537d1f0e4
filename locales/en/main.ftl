## Shell: header, navigation, footer
portal-name = Støtteportalen
portal-tagline = Help and support for adults – explained in plain words
title-suffix = Støtteportalen
skip-to-content = Skip to content
nav-label = Main menu
menu-button = Menu
nav-home = Home
nav-screener = Find help
nav-services = Services
nav-calculators = Calculate
nav-application = Application
nav-anonymous = Anonymous help
footer-label = Footer
footer-privacy = About the portal and your data
footer-accessibility = Accessibility statement
footer-contact = Contact the municipality
footer-note = The portal runs only in your browser. It sends nothing to anyone, and it uses no cookies or statistics.
language-label = Language
language-da = Dansk
language-en = English
municipality-label = Your municipality
municipality-choose = Choose municipality
municipality-none = No municipality chosen
municipality-current = Municipality: { $name }
municipality-change = Change municipality
municipality-choose-button = Choose
storage-mode-badge-nothing = Anonymous: nothing is saved
storage-mode-badge-device = Saving on this device

## Shared bits
coming-heading = What will be here
coming-meanwhile = Until then
contact-fallback = You can always phone or write to your municipality:
contact-fallback-link = Contact the municipality
back-home = Go to the home page

## Forside
home-title = Home
home-heading = Help and support for adults
home-lead = Read what help the municipality gives to adults who are struggling. Find out what might fit you. And get an application ready.
home-municipality-heading = Choose your municipality
home-municipality-text = Each municipality decides part of the help itself. Choose your municipality to see its rules.
home-tasks-heading = What do you want to do?
home-task-screener = Find out which help might fit you
home-task-screener-text = Answer a few questions. You are told why.
home-task-services = Read about the municipality's services
home-task-services-text = What you can get, who it is for, and what it costs.
home-task-calculators = Calculate co-payments and compensation
home-task-calculators-text = See an estimate of what you pay or may get.
home-task-application = Get an application ready
home-task-application-text = Write it here, save it as a file, and print it.
home-task-anonymous = Anonymous help
home-task-anonymous-text = Help with drugs, violence or crisis – without a name and without a trace.
home-helper-heading = Are you helping someone else?
home-helper-text = You can also use the portal if you help a relative or someone else. The text then says "the person" instead of "you".
home-privacy-heading = Your data stays with you
home-privacy-text = Everything happens in your browser. The portal sends nothing. It only saves something if you say yes.
home-privacy-link = Read about your data

## Find hjælp (screener)
screener-title = Find help
screener-heading = Find help that might fit you

## Ydelser (catalogue)
services-title = Services
services-heading = The municipality's services for adults

## Beregn (calculators)
calculators-title = Calculate
calculators-heading = Calculate co-payments and compensation

## Ansøgning (draft)
application-title = Application
application-heading = Get an application ready
application-lead = Write an application to the municipality's social department here in the browser. You can save it as a file, print it or save it as PDF. Afterwards you know what happens next and when.

## Anonym hjælp
anonymous-title = Anonymous help
anonymous-heading = Help without a name and without a trace
anonymous-danger = Are you in danger right now? Call 112.
anonymous-saved-heading = Something is still saved on this device
anonymous-saved-text = The portal saves nothing now. But from an earlier visit, this is still on the device:
anonymous-saved-draft = Your application may contain your name. Others who use the device can see it.
anonymous-saved-delete = Delete what is saved now
anonymous-saved-deleted = What was saved has been deleted from this device.

## Om portalen og dine data (privacy)
privacy-title = About the portal and your data
privacy-heading = About the portal and your data
privacy-lead = Støtteportalen runs only in your browser. It does not send your answers to the municipality or anyone else. There are no cookies, no statistics and no login.
privacy-modes-heading = Choose what the portal may save
privacy-modes-legend = What may the portal save?
privacy-mode-nothing = Nothing – use the portal without saving anything
privacy-mode-nothing-hint = The portal writes nothing on your device. Your answers disappear when you close the tab.
privacy-mode-memory = Only while the tab is open (default)
privacy-mode-memory-hint = Your answers are kept while you use the portal. They disappear when you close the tab. Nothing is written on your device.
privacy-mode-device = Save on this device
privacy-mode-device-hint = The portal saves the things in the list below in your browser on this device until you delete them – also a copy of the portal's own pages, so they work without internet. Only choose this on your own device.
privacy-mode-save = Save my choice
privacy-mode-saved = Your choice is saved: { $mode }
privacy-current = Right now: { $mode }
privacy-items-heading = What the portal can save on your device
privacy-items-intro = Only if you have chosen "Save on this device". With the other choices nothing is saved on your device.
privacy-item-consent = That you said yes to the portal saving on this device.
privacy-item-language = The language you chose (Danish or English).
privacy-item-municipality = The municipality you chose.
privacy-item-screener-answers = Your answers in Find help (e.g. age, housing and what is hard in daily life).
privacy-item-offline = A copy of the portal's own pages and files, so you can read them without internet. The copy contains none of your answers. It is updated when there is a new version of the portal.
privacy-delete-heading = Delete all my data
privacy-delete-text = The button deletes everything the portal has saved on this device, and everything you wrote in this tab. After that the portal saves nothing until you say yes again.
privacy-delete-button = Delete all my data
privacy-deleted = Everything is deleted. The portal now keeps things only while the tab is open.
privacy-history-heading = What the portal cannot delete
privacy-history-text = The portal cannot delete your browser's history of visited pages. If you do not want to leave traces, use a private (incognito) window and close it afterwards.
privacy-sent-heading = What is sent?
privacy-sent-text = Nothing. All files come from the portal's own address. There are no fonts, scripts or images from other places.

## Tilgængelighedserklæring
a11y-title = Accessibility statement
a11y-heading = Accessibility statement
a11y-lead = Støtteportalen must be usable by everyone. It must meet the standard EN 301 549 and WCAG 2.1 at level AA.
a11y-official-heading = The official statement
a11y-official-text = The official accessibility statement is published in the Danish Agency for Digital Government's WAS-Tool. This page says the same in short.
a11y-testing-heading = How we test
a11y-testing-1 = Every time the portal changes, we automatically test every page with the axe tool on a phone (360 pixels wide) and on a computer (1280 pixels wide).
a11y-testing-2 = We go through the pages with the keyboard only.
a11y-testing-3 = We check that the pages work at 200 % zoom and on a screen only 320 pixels wide.
a11y-testing-4 = All pages use plain HTML with headings, labels and landmarks, so screen readers can use them.
a11y-known-heading = What does not work yet
a11y-known-1 = Find help, Calculate and Application only work with JavaScript. Without JavaScript they show how to contact the municipality.
a11y-known-2 = The other pages can be read without JavaScript. But you cannot choose a municipality, change the language or search without JavaScript.
a11y-known-3 = We have not tested with every screen reader yet.
a11y-contact-heading = Did you find a problem?
a11y-contact-text = Write to your municipality if something does not work for you.
a11y-updated = Last reviewed: 23 November 2026.

## Kontakt kommunen
contact-title = Contact the municipality
contact-heading = Contact the municipality
contact-lead = Do you have questions, or do you want to apply for help? Contact the social department of your municipality.
contact-choose = Choose your municipality to see phone, e-mail and phone hours.
contact-address = Address
contact-phone = Phone
contact-email = E-mail
contact-website = Website
contact-hours = Phone hours
contact-source = Source: { $source }
contact-danger = Are you in danger right now? Call 112.

## 404
notfound-title = Page not found
notfound-heading = Page not found
notfound-text = We cannot find the page you are looking for. The address may be wrong, or the page has moved.
notfound-help = Try the home page or use the menu.

## Update notice (the offline copy has a new version waiting)
update-notice-text = There is a new version of the portal.
update-notice-button = Reload the page
# While the app loads (public/boot.js, AppStatus in src/ui/shell.rs)
app-status-waiting = Please wait – the page is getting ready. Then what you pressed will happen.
app-status-failed = The page could not finish loading. Check your internet connection and reload the page.
# app.html until the app has loaded (LoadingShell in src/ui/shell.rs)
app-loading = The page is loading. It can take a little while on a slow connection.

## Form fields and the step indicator (src/ui/components)
form-error-prefix = Error:
step-status-current = you are here
step-status-done = filled in

## Without JavaScript (pre-rendered pages)
needs-js-heading = This part needs JavaScript
needs-js-text = Questions, calculations and the application only work when JavaScript is turned on in your browser. You can always call the municipality instead:
needs-js-phone = { $kommune }: call { $telefon }
needs-js-web = { $kommune }: see { $web }
needs-js-none = { $kommune }: the sources give no phone number. Find it on the municipality's own website.
needs-js-other = Other municipalities: the portal does not have their phone number. Find it on the municipality's own website or on borger.dk.
needs-js-danger = In danger right now? Call 112.

## Stored items: short names and notices (src/ui/shell.rs, StorageNotices)

privacy-name-consent = your yes to saving on this device
privacy-name-language = your choice of language
privacy-name-municipality = your choice of municipality
privacy-name-screener-answers = your answers in Find help
privacy-name-calculation = your calculation of the compensation benefit
privacy-name-application = your application
privacy-name-offline = the copy of the portal for use without internet
storage-unreadable-heading = Something saved on this device cannot be read
storage-unreadable-text = The portal cannot read { $hvad }. Perhaps another version of the portal saved it. Or it was not saved completely. Nothing else has changed.
storage-unreadable-kept = The portal saves nothing new over it until you have chosen. You can download the saved text as a file. Then you can see if there is anything you want to use. Or you can delete it.
storage-unreadable-download = Download the saved text
storage-unreadable-delete = Delete it
storage-not-saved = The portal could not save { $hvad } on this device. The browser said no, perhaps because there is no more room. It is still here in the tab while it is open. Save your application as a file so you do not lose it.
storage-other-tab = You changed { $hvad } in another tab. Here you now see the newest version.
storage-notice-close = Close the message
