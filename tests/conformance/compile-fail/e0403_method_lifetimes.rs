// A method repeats the lifetime name and a free function repeats it too.
struct Splitter<'t> {
    text: &'t str,
}

impl<'t> Splitter<'t> {
    fn head<'a, 'a>(&'a self, n: usize) -> &'a str {
        &self.text[..n]
    }
}

fn pick<'x, 'y, 'x>(a: &'x str, b: &'y str) -> &'x str {
    if b.is_empty() { a } else { a }
}

fn main() {
    let s = Splitter { text: "hello world" };
    println!("{} {}", s.head(5), pick("a", "b"));
}
