// Cow<str> and Cow<[T]> for avoiding allocations when no change is needed.
use std::borrow::Cow;

pub fn normalize_whitespace(s: &str) -> Cow<'_, str> {
    if !s.contains(char::is_whitespace) || !s.split_whitespace().any(|_| true) {
        return Cow::Borrowed(s);
    }
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined == s { Cow::Borrowed(s) } else { Cow::Owned(joined) }
}

pub fn escape_html(input: &str) -> Cow<'_, str> {
    if !input.contains(['<', '>', '&', '"']) {
        return input.into();
    }
    let mut out = String::with_capacity(input.len() + 8);
    for c in input.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn clamp_all<'a>(values: &'a [i32], lo: i32, hi: i32) -> Cow<'a, [i32]> {
    if values.iter().all(|v| (lo..=hi).contains(v)) {
        Cow::Borrowed(values)
    } else {
        Cow::Owned(values.iter().map(|&v| v.clamp(lo, hi)).collect())
    }
}

fn describe(c: &Cow<'_, str>) -> &'static str {
    match c {
        Cow::Borrowed(_) => "borrowed",
        Cow::Owned(_) => "owned",
    }
}

fn main() {
    for s in ["plain", "two  spaces", " lead", "a b"] {
        let n = normalize_whitespace(s);
        println!("{s:?} -> {n:?} ({})", describe(&n));
    }
    let e = escape_html("<a href=\"x\">&</a>");
    println!("{e} {}", describe(&e));
    let mut c = clamp_all(&[1, 50, -3], 0, 10);
    c.to_mut().push(7);
    println!("{c:?} {:?}", clamp_all(&[1, 2], 0, 10));
    let owned: String = escape_html("safe").into_owned();
    println!("{owned}");
}
