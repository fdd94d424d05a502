// A safety-critical module forbids dead code; a helper inside tries to opt out.
mod flight {
    #![forbid(dead_code, unused_variables)]

    pub struct Attitude {
        pub pitch: i32,
        pub roll: i32,
    }

    pub fn stabilize(a: &Attitude) -> i32 {
        #[allow(unused_variables)]
        let trim = 2;
        -(a.pitch + a.roll)
    }

    #[allow(dead_code)]
    fn legacy_mode() -> i32 {
        0
    }

    pub mod sensors {
        #[warn(dead_code)]
        pub fn gyro() -> i32 {
            7
        }
    }
}

#[allow(dead_code)]
fn outside_is_fine() {}

fn main() {
    let a = flight::Attitude { pitch: 3, roll: -1 };
    println!("{} {}", flight::stabilize(&a), flight::sensors::gyro());
}
