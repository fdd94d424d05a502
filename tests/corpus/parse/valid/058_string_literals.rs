// String and char literals with every escape form, line continuations and unicode.
fn main() {
    let simple = "hello";
    let escapes = "tab\there\nnewline\rreturn\\backslash\"quote\'apostrophe\0nul";
    let hex = "\x41\x7f";
    let unicode = "\u{1F600} \u{e9} \u{0000} \u{10FFFF}";
    let continued = "first line \
                     continues here \
        and here";
    let multiline = "line one
line two";
    let empty = "";
    let literal_unicode = "naïve café — ünïcödé ✓";
    let chars = ['a', '\n', '\t', '\r', '\\', '\'', '"', '\0', '\x7F', '\u{2764}', 'é', '字'];
    let quote_in_char = '"';
    let apostrophe_in_str = "it's";
    let suffix_free = "no suffix";
    let lifetime_like = 'a';
    let fmt = format!("{simple} {{braces}} {:>5}|{:<5}|{:^5}", 1, 2, 3);
    let concat = concat!("a", 1, 'b', true, 2.5);
    println!("{escapes} {hex} {unicode}");
    println!("{continued}\n{multiline}{empty}{literal_unicode}");
    println!("{chars:?} {quote_in_char} {apostrophe_in_str} {suffix_free} {lifetime_like}");
    println!("{fmt} {concat}");
}
