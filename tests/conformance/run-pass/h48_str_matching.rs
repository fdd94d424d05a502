// Matching and slicing &str values held in arrays.
fn classify(word: &str) -> &'static str {
    match word {
        "" => "empty",
        "yes" | "y" | "ok" => "affirmative",
        "no" | "n" => "negative",
        _ if word.len() > 6 => "long",
        _ => "other",
    }
}

fn prefix<'a>(s: &'a str, n: usize) -> &'a str {
    if n >= s.len() {
        s
    } else {
        &s[..n]
    }
}

fn main() {
    let words = ["yes", "", "maybe", "n", "absolutely", "ok"];
    for w in words.iter() {
        println!("{:<12}{}", w, classify(w));
    }
    let mut affirmative = 0;
    for &w in &words {
        if classify(w) == "affirmative" {
            affirmative += 1;
        }
    }
    println!("affirmative: {affirmative}");
    for w in words {
        print!("[{}]", prefix(w, 3));
    }
    println!();
    let title = "Ferris the crab";
    let inner = &title[7..];
    let deeper = &inner[..3];
    println!("{inner} / {deeper} / {}", &title[..6][1..]);
    let pick = words[4];
    println!("{} has {} bytes; is_empty {}", pick, pick.len(), words[1].is_empty());
    let first = words[0];
    if first == "yes" && words[3] != "no" {
        println!("mixed answers");
    }
    let u = "naïve";
    println!("{} bytes, slice {}", u.len(), &u[..2]);
}
