// lints: unused_parens unused_variables unused_mut dead_code non_snake_case
// Lint levels attached to impls, statements, blocks, match arms and modules.
#![warn(unused)]

struct Sensor {
    id: u32,
    raw: i32,
    offset: i32,
}

#[allow(dead_code)]
impl Sensor {
    fn calibrate(&mut self) {
        self.offset = -self.raw;
    }
    fn unused_reset(&mut self) {
        self.raw = 0;
    }
}

impl Sensor {
    fn read(&self) -> i32 {
        #[allow(unused_variables)]
        let debug_copy = self.raw;
        let scratch = 3;
        self.raw + self.offset
    }

    #[warn(non_snake_case)]
    fn Reset(&mut self) {
        #[allow(unused_mut)]
        let mut zero = 0;
        self.raw = zero;
    }

    fn never_called(&self) -> u32 {
        self.id
    }
}

fn classify(v: i32) -> u8 {
    match v {
        #[allow(unused_variables)]
        n if v < 0 => 0,
        0 => 1,
        big => 2,
    }
}

#[allow(unused_parens)]
mod quiet {
    pub fn half(x: i32) -> i32 {
        (x / 2)
    }
}

mod loud {
    pub fn double(x: i32) -> i32 {
        (x * 2)
    }
}

fn main() {
    let mut s = Sensor { id: 1, raw: 40, offset: 2 };
    s.Reset();
    println!("{}", s.read());
    println!("{}", classify(-3));
    #[allow(unused)]
    {
        let mut hidden = 9;
        let t = 1;
    }
    {
        let mut visible = 9;
        println!("{}", visible);
    }
    println!("{} {}", quiet::half(8), loud::double(8));
}
