use mid::palette::{self, ACCENT};
use mid::{blend, brightness, Rgb};
use base::math::clamp01;

fn describe(c: Rgb) -> &'static str {
    let Brightness = brightness(c);
    if Brightness > 0.5 { "light" } else { "dark" }
}

fn unused_in_bin() {}

fn main() {
    let mixed = Rgb::RED.mix(ACCENT, 0.5);
    let faded = palette::fade(mixed, 2);
    let t = blend(0.0, 10.0, 0.25);
    let spare = 3;
    println!("{:?} {} {} {}", mixed, faded, t, describe(ACCENT));
}
