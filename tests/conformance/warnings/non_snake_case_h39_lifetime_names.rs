// lints: non_snake_case
// Lifetime and variable names in UpperCamelCase.
struct Parser<'Src> {
    text: &'Src str,
    pos: usize,
}

impl<'Src> Parser<'Src> {
    fn rest(&self) -> &'Src str {
        &self.text[self.pos..]
    }
}

fn longest<'Input>(a: &'Input str, b: &'Input str) -> &'Input str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let p = Parser { text: "hello world", pos: 6 };
    let Rest = p.rest();
    println!("{} {}", Rest, longest("ab", "abc"));
}
