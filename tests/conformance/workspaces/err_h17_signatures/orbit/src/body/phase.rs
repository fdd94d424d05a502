#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Phase {
    Launch,
    Burn { remaining: u32 },
    Coast,
    Landed(u16),
}

impl Phase {
    pub const COUNT: usize = 4;

    pub fn label(self) -> &'static str {
        match self {
            Phase::Launch => "launch",
            Phase::Burn { .. } => "burn",
            Phase::Coast => "coast",
            Phase::Landed(_) => "landed",
        }
    }
}
