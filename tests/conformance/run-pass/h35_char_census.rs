// Classifying characters and bytes of a log line with char and u8 methods.
fn classify(c: char) -> &'static str {
    if c.is_ascii_digit() {
        "digit"
    } else if c.is_ascii_uppercase() {
        "upper"
    } else if c.is_ascii_lowercase() {
        "lower"
    } else if c.is_whitespace() {
        "space"
    } else if c.is_ascii_punctuation() {
        "punct"
    } else if c.is_alphabetic() {
        "letter"
    } else {
        "other"
    }
}

fn shout(b: u8) -> u8 {
    if b.is_ascii_lowercase() {
        b.to_ascii_uppercase()
    } else {
        b
    }
}

fn main() {
    let chars = ['R', 'u', 's', 't', ' ', '1', '.', '9', '5', 'é', 'ß', '\t', '€', '→'];
    let mut widths = 0;
    for c in chars {
        widths += c.len_utf8();
        println!("{:?} {:6} alnum={} num={} up={:?} lo={:?} w={}", c, classify(c), c.is_alphanumeric(), c.is_numeric(), c.to_ascii_uppercase(), c.to_ascii_lowercase(), c.len_utf8());
    }
    println!("total utf8 bytes: {}", widths);
    let line = b"warn: disk 93% full, id=ab12";
    let mut out = [0u8; 28];
    let mut hex = 0;
    let mut graphic = 0;
    for i in 0..line.len() {
        out[i] = shout(line[i]);
        if line[i].is_ascii_hexdigit() {
            hex += 1;
        }
        if line[i].is_ascii_graphic() {
            graphic += 1;
        }
    }
    for b in out {
        print!("{}", b as char);
    }
    println!();
    println!("hex={} graphic={} alpha={}", hex, graphic, line[0].is_ascii_alphabetic());
    println!("{} {}", 'a'.is_ascii_control(), '\n'.is_ascii_control());
}
