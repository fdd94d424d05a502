pub mod table;

pub use table::Signal;

pub const UNIT_MS: u32 = 120;

pub fn duration(s: Signal) -> u32 {
    match s {
        Signal::Dot => UNIT_MS,
        Signal::Dash => UNIT_MS * 3,
        Signal::Gap => UNIT_MS * 3,
    }
}
