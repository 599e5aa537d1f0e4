//! Readability of every text in the catalogue: LIX ≤ 45 per text, ≤ 40 on average.
//!
//! `cargo test --test content_lix -- --nocapture` prints the table (id, words, LIX).

use stotteportalen::domain::content::{lix, texts};

const MAX: f64 = 45.0;
const AVERAGE: f64 = 40.0;

#[test]
fn lix_per_text_and_average() {
    let texts = texts();
    assert!(!texts.is_empty(), "no texts yet: seeds/ is still empty");
    let mut rows: Vec<(String, usize, f64)> = texts
        .iter()
        .map(|t| {
            (
                t.id.clone(),
                t.text.split_whitespace().count(),
                lix(&t.text),
            )
        })
        .collect();
    rows.sort_by(|a, b| b.2.total_cmp(&a.2));

    println!("{:<70} {:>6} {:>6}", "text", "words", "LIX");
    for (id, words, value) in &rows {
        let mark = if *value > MAX { "  > 45" } else { "" };
        println!("{id:<70} {words:>6} {value:>6.1}{mark}");
    }
    let average = rows.iter().map(|r| r.2).sum::<f64>() / rows.len() as f64;
    println!("{} texts, average LIX {average:.1}", rows.len());

    let too_hard: Vec<String> = rows
        .iter()
        .filter(|r| r.2 > MAX)
        .map(|r| format!("{} ({:.1})", r.0, r.2))
        .collect();
    assert!(
        too_hard.is_empty(),
        "{} text(s) above LIX {MAX}: {}",
        too_hard.len(),
        too_hard.join(", ")
    );
    assert!(
        average <= AVERAGE,
        "average LIX {average:.1} is above {AVERAGE}"
    );
}
