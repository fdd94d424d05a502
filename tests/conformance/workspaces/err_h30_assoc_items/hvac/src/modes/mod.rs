#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Off = 0,
    Heat = 1,
    Cool = 2,
    Fan = 3,
}

impl Mode {
    pub const DEFAULT: Mode = Mode::Fan;

    pub fn from_code(code: u8) -> Mode {
        match code {
            1 => Mode::Heat,
            2 => Mode::Cool,
            3 => Mode::Fan,
            _ => Mode::Off,
        }
    }

    pub fn is_active(self) -> bool {
        self != Mode::Off
    }
}
