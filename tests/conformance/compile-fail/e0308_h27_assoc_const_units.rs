// Unit conversions with associated consts; a few type slips.
struct Length {
    millimetres: u32,
}

impl Length {
    const MM_PER_CM: u32 = 10;
    const MM_PER_M: u32 = 1_000;
    const LABEL: &'static str = "mm";

    fn from_cm(cm: u32) -> Length {
        Length { millimetres: cm * Self::MM_PER_CM }
    }

    fn from_m(m: u16) -> Length {
        Length { millimetres: m * Length::MM_PER_M }
    }

    fn metres(&self) -> f64 {
        self.millimetres / Self::MM_PER_M
    }

    fn is_long(&self) -> bool {
        if self.millimetres > 5 * Self::MM_PER_M {
            return 1;
        }
        false
    }
}

fn describe(len: &Length) -> &'static str {
    if len.is_long() {
        "long"
    } else {
        Length::LABEL
    }
}

fn main() {
    let a = Length::from_cm(250);
    let b = Length::from_m(3);
    let total: u64 = a.millimetres + b.millimetres;
    println!("{} {} {} {}", a.metres(), describe(&b), total, Length::LABEL);
}
