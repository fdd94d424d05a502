#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Millimetres {
    pub value: u32,
}

impl Millimetres {
    pub fn metres(self) -> f64 {
        self.value as f64 / 1000.0
    }
}
