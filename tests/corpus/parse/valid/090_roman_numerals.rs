// edition:2024
// Roman numeral conversion both ways with const tables and error reporting.
const TABLE: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

pub fn to_roman(mut n: u32) -> Option<String> {
    if !(1..=3999).contains(&n) {
        return None;
    }
    let mut out = String::new();
    for &(value, glyph) in TABLE.iter() {
        while n >= value {
            out += glyph;
            n -= value;
        }
    }
    Some(out)
}

fn digit(c: char) -> Result<u32, String> {
    Ok(match c.to_ascii_uppercase() {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        other => return Err(format!("not a roman digit: {other:?}")),
    })
}

pub fn from_roman(s: &str) -> Result<u32, String> {
    let digits = s.chars().map(digit).collect::<Result<Vec<_>, _>>()?;
    let mut total = 0;
    for (i, &d) in digits.iter().enumerate() {
        if let Some(&next) = digits.get(i + 1) && next > d {
            total -= d as i64;
        } else {
            total += d as i64;
        }
    }
    let total = u32::try_from(total).map_err(|e| e.to_string())?;
    match to_roman(total) {
        Some(canon) if canon.eq_ignore_ascii_case(s) => Ok(total),
        _ => Err(format!("{s} is not canonical")),
    }
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000] {
        println!("{n} -> {:?}", to_roman(n));
    }
    for s in ["MCMXCIV", "iv", "IIII", "ABC"] {
        println!("{s} -> {:?}", from_roman(s));
    }
}
