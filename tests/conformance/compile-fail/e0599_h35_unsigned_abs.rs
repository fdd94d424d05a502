// Distances on a number line computed with methods that exist only on signed types.
struct Track {
    start: u32,
    end: u32,
    drift: i32,
}

impl Track {
    fn length(&self) -> u32 {
        (self.end - self.start).abs()
    }

    fn safe_length(&self) -> u32 {
        self.end.abs_diff(self.start)
    }

    fn drift_dir(&self) -> i32 {
        self.drift.signum()
    }

    fn end_dir(&self) -> u32 {
        self.end.signum()
    }

    fn drift_size(&self) -> u32 {
        self.drift.abs() as u32
    }
}

fn is_code(b: i32) -> bool {
    b.is_ascii_digit()
}

fn code_ok(b: u8) -> bool {
    b.is_ascii_digit()
}

fn main() {
    let t = Track { start: 4, end: 19, drift: -3 };
    println!("{} {} {} {}", t.length(), t.safe_length(), t.drift_dir(), t.end_dir());
    println!("{} {} {}", t.drift_size(), is_code(55), code_ok(b'5'));
    let name = "track";
    println!("{}", name.is_alphabetic());
}
