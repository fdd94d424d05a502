// lints: non_snake_case
// Code ported from C and Go keeps its camelCase and Hungarian names.

struct Sensor {
    rawValue: i32,
    offset: i32,
}

impl Sensor {
    fn readCelsius(&self) -> i32 {
        self.rawValue / 10 + self.offset
    }

    fn isValid(&self) -> bool {
        self.rawValue > -4000
    }
}

fn computeAverage(values: &[i32]) -> i32 {
    let mut totalSum = 0;
    for v in values {
        totalSum += v;
    }
    totalSum / values.len() as i32
}

fn main() {
    let nCount = 3;
    let sensors = [
        Sensor { rawValue: 215, offset: 1 },
        Sensor { rawValue: 198, offset: 0 },
        Sensor { rawValue: -5000, offset: 2 },
    ];
    let mut Readings = [0; 3];
    for i in 0..nCount {
        if sensors[i].isValid() {
            Readings[i] = sensors[i].readCelsius();
        }
    }
    let (minVal, max_val) = (Readings[0].min(Readings[1]), Readings[0].max(Readings[1]));
    println!("{} {} {}", computeAverage(&Readings), minVal, max_val);
}
