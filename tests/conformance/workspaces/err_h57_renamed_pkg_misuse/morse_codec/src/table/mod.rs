#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    Dot,
    Dash,
    Gap,
}

pub fn encode(c: char) -> [Signal; 3] {
    use Signal::*;
    match c.to_ascii_uppercase() {
        'S' => [Dot, Dot, Dot],
        'O' => [Dash, Dash, Dash],
        'E' => [Dot, Gap, Gap],
        'T' => [Dash, Gap, Gap],
        _ => [Gap, Gap, Gap],
    }
}
