use net::Mode;

pub fn points(m: Mode) -> u32 {
    match m {
        Mode::Dhcp => 1,
        Mode::Static => 3,
    }
}
