// Load-cell calibration constants; some are computed by ordinary helper functions.
mod calib {
    pub const ZERO_COUNTS: i32 = 8_388_608;
    pub const GRAMS_PER_COUNT_X1000: i32 = 42;

    pub fn span_counts() -> i32 {
        ZERO_COUNTS / 4
    }

    pub const fn half_span() -> i32 {
        ZERO_COUNTS / 8
    }
}

struct Scale {
    tare: i32,
}

impl Scale {
    fn default_tare() -> i32 {
        calib::ZERO_COUNTS + 100
    }

    const fn with_tare(tare: i32) -> Scale {
        Scale { tare }
    }

    fn grams(&self, counts: i32) -> i32 {
        (counts - self.tare) * calib::GRAMS_PER_COUNT_X1000 / 1000
    }
}

const SPAN: i32 = calib::span_counts();
const HALF: i32 = calib::half_span();
static FACTORY: Scale = Scale::with_tare(calib::ZERO_COUNTS);
static FIELD: Scale = Scale::with_tare(Scale::default_tare());

fn main() {
    let readings = [8_388_608, 8_400_000, 8_390_000];
    for r in readings {
        println!("{} g", FACTORY.grams(r));
    }
    println!("{} {} {}", SPAN, HALF, FIELD.tare);
    println!("{}", FIELD.grams(reading));
}
