// Helper methods people expect from other languages on bool, char and integers.
#[derive(Debug, Clone, Copy)]
struct Switch {
    on: bool,
    key: char,
    presses: u32,
}

impl Switch {
    fn toggle(&mut self) {
        self.on = self.on.toggle();
        self.presses += 1;
    }

    fn flip(&mut self) {
        self.on = !self.on;
        self.presses += 1;
    }

    fn label(&self) -> char {
        self.key.to_upper()
    }

    fn label_ok(&self) -> char {
        self.key.to_ascii_uppercase()
    }

    fn even_presses(&self) -> bool {
        self.presses.is_even()
    }

    fn as_number(&self) -> u8 {
        self.on as u8
    }
}

fn main() {
    let mut s = Switch { on: false, key: 'l', presses: 0 };
    s.toggle();
    s.flip();
    println!("{} {} {} {}", s.label(), s.label_ok(), s.even_presses(), s.as_number());
    println!("{}", s.presses.len());
}
