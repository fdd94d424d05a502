// Inherent methods whose names clash with fields and primitive methods.
#[derive(Debug, Default)]
struct Buf {
    len: usize,
    data: [u8; 8],
}

impl Buf {
    fn len(&self) -> usize {
        self.len
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn push(&mut self, b: u8) {
        self.data[self.len] = b;
        self.len += 1;
    }

    fn max(&self) -> u8 {
        let mut m = 0;
        for &b in &self.data[..self.len] {
            m = m.max(b);
        }
        m
    }
}

fn main() {
    let mut b = Buf::default();
    b.push(4);
    b.push(9);
    let a = b.len;
    let c = b.len();
    let d = b.max();
    let e = b.max(3);
    let f = b.data.len();
    let g = b.data.len(1);
    let h = b.is_empty;
    println!("{} {} {} {} {} {} {}", a, c, d, e, f, g, h);
}
