// lints: overflowing_literals unused_variables
// Color and audio tables whose literal types are only fixed by later uses.
#[derive(Debug, Clone, Copy)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

fn gain(sample: i16, factor: i16) -> i16 {
    sample.saturating_mul(factor)
}

fn main() {
    // Typed u8 by the struct literal below.
    let red = 256;
    let green = 128;
    let blue = 0;
    let c = Rgb { r: red, g: green, b: blue };

    // The array's element type is decided by the annotation on the second binding.
    let table = [1, 200, 40000];
    let fixed: [i16; 3] = table;

    // Typed i16 by the call.
    let boost = 70000;
    let loud = gain(fixed[0], boost);

    // Falls back to i32.
    let huge = 3_000_000_000;
    let fine = 2_147_483_647;

    // Negative literal typed i8 through a later comparison.
    let floor = -129;
    let reading: i8 = -5;
    let below = reading < floor;

    // A hex literal typed u8 later: hex gets its own help text.
    let mask = 0x1FF;
    let masked: u8 = 7 & mask;

    // Float literal typed f32 by later use.
    let tiny = 1e40;
    let f: f32 = tiny;

    let unused_shift = 1u8 << 2;
    println!("{:?} {} {} {} {} {} {}", c, loud, huge, fine, below, masked, f);
}
