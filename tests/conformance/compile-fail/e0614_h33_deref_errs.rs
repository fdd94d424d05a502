// Deref on the wrong things.
#[derive(Debug)]
struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) {
        *self.n += 1;
    }
    fn get(&self) -> u32 {
        *self.n
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    c.bump();
    let v = c.get();
    let w = *v;
    let r = &&v;
    let rr = **r;
    let rrr = ***r;
    let s = "abc";
    let ch = *s;
    println!("{} {} {} {:?}", w, rr, rrr, c);
    let _ = ch;
}
