fn banner(text: &str, w: u8) {
    println!("+{:-^w$}+", "");
    println!("|{text:^w$}|");
}

fn main() {
    banner("hello", 20);
}
