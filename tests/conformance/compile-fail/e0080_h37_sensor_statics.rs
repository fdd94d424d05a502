// Sensor calibration statics, with a division by a zero static and a
// mismatched type.
static OFFSET: i16 = -40;
static SPAN: i16 = 0;
static SCALE: i16 = 1000 / SPAN;
static TOP: i16 = i16::MAX + OFFSET;
static BOTTOM: i16 = i16::MIN - OFFSET;
static READINGS: [i16; 3] = [12, -7, 30];
static PEAK: i16 = READINGS[1] * 5000;

fn calibrate(raw: i16) -> i16 {
    let scaled: i32 = raw * SCALE;
    scaled as i16 + OFFSET
}

fn main() {
    println!("{} {} {} {}", calibrate(5), TOP, BOTTOM, PEAK);
}
