// lints: redundant_semicolons unused_parens while_true unused_labels unused_braces path_statements
struct Ring {
    buf: [u8; 8],
    head: usize,
}

impl Ring {
    fn push(&mut self, b: u8) {
        self.buf[(self.head)] = b;
        self.head = (self.head + 1) % 8;;
    }

    fn sum(&self) -> u32 {
        let mut total = (0);
        for i in (0..8) {
            total += self.buf[i] as u32;
        }
        return (total);
    }
}

fn spin(limit: u32) -> u32 {
    let mut n = 0;
    while true {
        n += 1;
        if (n >= limit) {
            break;
        }
    }
    'unused: while (n < 100) {
        n += 10;
    }
    'used: loop {
        n += 1;
        if n > 200 {
            break 'used;
        }
    }
    n
}

fn main() {
    let mut r = Ring { buf: [0; 8], head: 0 };
    r.push(3);
    r.push(4);
    let s = r.sum();
    s;
    let t = { s + 1 };
    let flag = (s > 2);
    match (flag) {
        true => println!("big"),
        false => println!("small"),
    };
    println!("{}", spin(5) + t);
    let u = if { flag } { 1 } else { 2 };
    println!("{}", u);;
    r.head;
}
