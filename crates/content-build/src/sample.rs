//! A small sample catalogue (every field used). build.rs turns it into the unit tests'
//! fixture; the tests break it one field at a time to check the rules.

use crate::*;

/// The sample files, as (path under seeds/, text).
pub const SAMPLE: &[(&str, &str)] = &[
    (
        "national/documents.toml",
        r#"
[[document]]
id = "serviceloven"
title = "Lov om social service, lovbekendtgørelse nr. 798 af 7. august 2019"
year = 2019
url = "https://www.retsinformation.dk/eli/lta/2019/798"
evidence = [
  { origin = "seed-002", section = "3.1", quote = "Lov nr. 573 af 24. juni 2005, jf. lovbekendtgørelse nr. 798 af 7. august 2019" },
]

[[document]]
id = "sm-satser-2023"
title = "Satser 2023 (sm.dk)"
year = 2023
url = "https://www.sm.dk"
evidence = [{ origin = "domain-facts", section = "1", quote = "sm.dk satser 2023, voksne" }]
"#,
    ),
    (
        "national/paragraphs.toml",
        r#"
[[paragraph]]
key = "85"
law = "serviceloven"
label = "§ 85"
title = "Socialpædagogisk støtte"
plain = "Kommunen skal hjælpe dig, så du kan klare mere selv."
kind = "skal"
complaint = "ankestyrelsen"
national = "Du kan få støtte i dit hjem til at klare din hverdag."
url = "https://www.retsinformation.dk/eli/lta/2019/798#P85"
source = { document = "serviceloven", section = "§ 85" }
  [paragraph.easy]
  what = "Du får hjælp i dit hjem."
  who = "Det er for dig, der har svært ved hverdagen."
  get = "En voksen hjælper dig med at lære nye ting."
  ask = "Du ringer til kommunen."
  cost = "Det er gratis."

[[paragraph]]
key = "101"
law = "serviceloven"
label = "§ 101"
title = "Behandling for stofmisbrug"
plain = "Kommunen skal give dig gratis behandling, hvis du tager stoffer. Den skal starte senest 14 dage efter, at du har spurgt."
kind = "skal"
complaint = "delvis"
complaint_note = "Du kan klage over nogle af afgørelserne."
national = "Du kan få hjælp til at holde op med at tage stoffer."
url = "https://www.retsinformation.dk/eli/lta/2019/798#P101"
source = { document = "serviceloven", section = "§ 101" }
  [[paragraph.facts]]
  id = "behandlingsgaranti"
  label = "Behandlingen starter senest"
  kind = "deadline"
  value = "14"
  unit = "dage"
  year = 2019
  source = { document = "serviceloven", section = "§ 101, stk. 3" }

[[paragraph]]
key = "97"
law = "serviceloven"
label = "§ 97"
title = "Ledsageordning"
plain = "Kommunen skal give dig en ledsager, hvis du ikke kan gå ud alene."
kind = "skal"
complaint = "ankestyrelsen"
national = "Du kan få en ledsager, der går med dig ud."
url = "https://www.retsinformation.dk/eli/lta/2019/798#P97"
source = { document = "serviceloven", section = "§ 97" }

[[paragraph]]
key = "99"
law = "serviceloven"
label = "§ 99"
title = "Støtte- og kontaktperson"
plain = "Kommunen skal have en kontaktperson til dig, der er meget alene."
kind = "skal"
complaint = "uafklaret"
national = "En medarbejder kan opsøge dig og hjælpe dig."
url = "https://www.retsinformation.dk"
source = { document = "serviceloven", section = "§ 99" }
  [[paragraph.inconsistencies]]
  id = "klage"
  part = "complaint"
  text = "Kilderne siger to ting om klage."
  readings = ["Du kan klage.", "Du kan ikke klage."]
  sources = [{ document = "serviceloven", section = "§ 99" }, { document = "testby-2020", section = "2.10" }]

[[paragraph]]
key = "109"
law = "serviceloven"
label = "§ 109"
title = "Krisecenter"
plain = "Kommunen skal give dig et sted at bo, hvis du er udsat for vold."
kind = "skal"
complaint = "ankestyrelsen"
national = "Du kan bo på et krisecenter, hvis du er udsat for vold."
url = "https://www.retsinformation.dk/eli/lta/2019/798#P109"
source = { document = "serviceloven", section = "§ 109" }

[[paragraph]]
key = "110"
law = "serviceloven"
label = "§ 110"
title = "Forsorgshjem"
plain = "Kommunen skal give dig et sted at bo, hvis du ikke har en bolig."
kind = "ikke-oplyst"
complaint = "ankestyrelsen"
national = "Du kan bo på et forsorgshjem, hvis du er hjemløs."
url = "https://www.retsinformation.dk/eli/lta/2019/798#P110"
source = { document = "serviceloven", section = "§ 110" }
"#,
    ),
    (
        "national/glossary.toml",
        r#"
[[term]]
id = "visitation"
term = "Visitation"
forms = ["visitation", "visiteret", "visiteres"]
plain = "Kommunen ser på, hvad du har brug for, og beslutter, hvad du kan få."
source = { document = "testby-2020", section = "1.4" }

[[term]]
id = "egenbetaling"
term = "Egenbetaling"
forms = ["egenbetaling"]
plain = "Det, du selv skal betale."
source = { document = "testby-2020", section = "1.5" }
"#,
    ),
    (
        "national/pages/saadan-klager-du.toml",
        r#"
id = "saadan-klager-du"
title = "Sådan klager du"
summary = "Er du uenig i en afgørelse, kan du klage."
[[section]]
heading = "Klagefrist"
paragraphs = ["Du skal klage inden 4 uger.", "Du klager til kommunen."]
list = ["Skriv, hvad du er uenig i."]
source = { document = "serviceloven", section = "§ 166" }
[[facts]]
id = "klagefrist"
label = "Klagefrist"
kind = "deadline"
value = "4"
unit = "uger"
year = 2019
source = { document = "serviceloven", section = "§ 166" }
[[easy]]
heading = "Er du uenig?"
text = "Så kan du klage. Du skriver til kommunen."
"#,
    ),
    (
        "testby/municipality.toml",
        r#"
id = "testby"
name = "Testby Kommune"
department = "Socialafdelingen"
address = ["Torvet 1", "9999 Testby"]
email = "social@testby.dk"
phone = "11 22 33 44"
website = "https://www.testby.dk"
source = { document = "testby-2020", section = "Kontakt" }

[[phone_hours]]
who = "Hovedtelefonen"
when = "Mandag til fredag kl. 10.00–12.00"

[[documents]]
id = "testby-2020"
title = "Kvalitetsstandarder 2020"
publisher = "Testby Kommune"
year = 2020
url = "https://www.testby.dk"
evidence = [
  { origin = "seed-002", section = "Forside", quote = "Testby Kommunes kvalitetsstandarder 2020" },
  { origin = "seed-002", section = "Kontakt", quote = "Torvet 1 9999 Testby E-mail: social@testby.dk Telefon: 11 22 33 44 www.testby.dk" },
]

[[documents]]
id = "testby-99"
title = "Faglig uddybning af § 99"
evidence = [{ origin = "seed-004", section = "Overskrift", quote = "Faglig uddybning af § 99" }]

[[processing_times]]
id = "bostoette"
label = "Socialpædagogisk støtte"
paragraphs = ["85"]
source = { document = "testby-2020", section = "1.4.5" }
year = 2020
  [[processing_times.variants]]
  case = "Ny ansøgning"
  weeks = 6
  [[processing_times.variants]]
  case = "Ændring"
  weeks = 4

[[processing_times]]
id = "krisecenter"
label = "Krisecenter"
paragraphs = ["109"]
source = { document = "testby-2020", section = "1.4.5" }
year = 2020
  [[processing_times.variants]]
  none = "Der er ingen ansøgning. Du kontakter selv krisecentret."
"#,
    ),
    (
        "testby/services/bostoette.toml",
        r#"
id = "bostoette"
section = "2.6"
paragraphs = ["85"]
title = "Socialpædagogisk støtte"
situations = ["hverdag-og-bolig", "psykisk-saarbarhed"]
keywords = ["bostøtte", "støtte i eget hjem"]
summary = "Du kan få støtte i dit hjem, så du kan klare mere selv."
who = "Støtten er for dig, der har svært ved at klare din hverdag."
purpose = "Du skal kunne klare mere selv."
included = ["Hjælp til at få struktur på dagen.", "Hjælp til at handle ind."]
not_included = ["Rengøring."]
scope = "Du får støtte efter behov. Vi ser på det igen efter 6 uger."
place = "I dit hjem."
follow_up = "Vi følger op en gang om året."
free_choice = "Du kan ikke vælge, hvem der giver støtten."
how_to_apply = "Ring til Socialafdelingen."
processing_time = "bostoette"
see_also = ["testby/krisecenter", "andeby/rengoering"]
source = { document = "testby-2020", section = "2.6" }

[sources]
egenbetaling = { document = "sm-satser-2023", section = "Bostøtte" }

[criteria]
text = "Kommunen ser på, hvad du kan klare selv."
visitation = true
anonymous = false
min_age = 18
max_age = "folkepensionsalder"
exclusions = ["Ikke hvis dit største problem er misbrug."]
exclusion_tags = ["misbrug"]
needs = ["psykisk-funktion"]
vum_rule = "all"
  [[criteria.vum]]
  theme = "praktiske-opgaver"
  min_level = 2
  max_level = 4
  note = "Moderat til fuldstændigt problem."

[egenbetaling]
kind = "none"
text = "Støtten er gratis."
self_paid = ["Dine egne udgifter, når du er ude."]

[easy]
what = "Du får hjælp til din hverdag."
who = "Det er for dig, der har svært ved at klare dig."
get = "En voksen kommer hjem til dig."
ask = "Du ringer til kommunen."
cost = "Det er gratis."
"#,
    ),
    (
        "testby/services/krisecenter.toml",
        r#"
id = "krisecenter"
section = "2.19"
paragraphs = ["109"]
title = "Ophold på krisecenter"
situations = ["vold-og-krise"]
keywords = ["vold i hjemmet"]
summary = "Er du udsat for vold, kan du bo på et krisecenter."
who = "Det er for kvinder, der er udsat for vold."
purpose = "Du skal være i sikkerhed."
included = ["Et sted at bo.", "Samtaler."]
scope = "Du kan bo der, så længe du har brug for det."
place = "På krisecentret."
follow_up = "Krisecentret taler med dig om din plan."
free_choice = "Du vælger selv krisecenter."
how_to_apply = "Du kontakter selv krisecentret. Du kan være anonym."
processing_time = "krisecenter"
source = { document = "testby-2020", section = "2.19" }

[criteria]
text = "Du kan selv henvende dig."
visitation = false
anonymous = true

[egenbetaling]
kind = "rate"
text = "Du betaler for hvert døgn."
facts = ["egenbetaling-doegn"]

[[facts]]
id = "egenbetaling-doegn"
label = "Egenbetaling pr. døgn"
kind = "amount"
value = "93,38"
unit = "kr. pr. døgn"
year = 2023
source = { document = "sm-satser-2023", section = "Krisecentre § 109" }
"#,
    ),
    (
        "testby/services/kontaktperson.toml",
        r#"
id = "kontaktperson"
section = "2.10"
paragraphs = ["99"]
title = "Støtte- og kontaktperson"
situations = ["psykisk-saarbarhed", "hjemloeshed"]
summary = "En medarbejder kan opsøge dig og hjælpe dig."
who = "Det er for dig, der er meget alene."
purpose = "Du skal få kontakt til andre."
included = ["Samtaler."]
scope = "Efter behov."
place = "Der, hvor du er."
follow_up = "Medarbejderen taler med dig om, hvordan det går."
free_choice = "Du kan ikke vælge medarbejder."
how_to_apply = "Du behøver ikke søge."
processing_time_note = "Der er ingen ansøgning."
source = { document = "testby-2020", section = "2.10" }

[criteria]
text = "Medarbejderne vurderer, om du er i målgruppen."
visitation = false

[egenbetaling]
kind = "none"
text = "Det er gratis."

[elaboration]
title = "Faglig uddybning"
paragraphs = ["Medarbejderne møder dig på gaden."]
list = ["At bryde ensomhed."]
source = { document = "testby-99", section = "Faglig uddybning af § 99" }
"#,
    ),
    (
        "andeby/municipality.toml",
        r#"
id = "andeby"
name = "Andeby Kommune"
source = { document = "andeby-85", section = "Forside" }

[[documents]]
id = "andeby-85"
title = "§ 85 – Socialpædagogisk støtte"
publisher = "Andeby Kommune"
evidence = [{ origin = "seed-003", section = "Forside", quote = "§ 85 – Socialpædagogisk støtte … Andeby Kommune" }]
"#,
    ),
    (
        "andeby/services/rengoering.toml",
        r#"
id = "rengoering"
section = "Rengøring"
paragraphs = ["85"]
title = "Træning i at gøre rent"
situations = ["hverdag-og-bolig"]
keywords = ["rengøring", "gøre rent", "støvsuge"]
summary = "Du kan lære at holde dit hjem rent."
who = "Det er for dig, der har svært ved at gøre rent."
purpose = "Du skal kunne gøre rent selv."
included = ["Træning i at gøre rent."]
scope = "Støtten kan komme med op til 4 ugers mellemrum."
place = "I dit hjem."
follow_up = "Spørg din sagsbehandler."
free_choice = "Kommunen vælger, hvem der giver støtten."
how_to_apply = "Søg hos kommunen."
processing_time_note = "Kommunen siger, hvor lang tid det tager."
see_also = ["testby/bostoette"]
source = { document = "andeby-85", section = "Rengøring" }

[criteria]
text = "Du skal have moderate eller svære problemer med praktiske opgaver."
visitation = true
  [[criteria.vum]]
  theme = "praktiske-opgaver"
  min_level = 2
  max_level = 3

[egenbetaling]
kind = "none"
text = "Du betaler ikke for støtten."

[[facts]]
id = "laengste-mellemrum"
label = "Længste tid mellem to gange"
kind = "deadline"
value = "4"
unit = "uger"
year = "ikke-oplyst"
source = { document = "andeby-85", section = "Rengøring" }

[[inconsistencies]]
id = "vum-niveau"
part = "criteria"
text = "Kilden skriver både svære og fuldstændige problemer og kun op til svære."
readings = ["Niveau 2 til 3 er med.", "Niveau 2 til 4 er med."]
sources = [{ document = "andeby-85", section = "Rengøring" }]
screener = { vum_levels = [4] }
"#,
    ),
];

/// The sample as seed files (paths `seeds/…`).
pub fn sample_files() -> Vec<SeedFile> {
    SAMPLE
        .iter()
        .map(|(path, text)| SeedFile {
            path: format!("seeds/{path}"),
            text: text.to_string(),
        })
        .collect()
}
