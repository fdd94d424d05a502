// lints: const_item_mutation
// A settings loader that "updates" const defaults, which only changes temporary copies.
#[derive(Debug, Clone, Copy)]
struct Settings {
    volume: u8,
    brightness: u8,
    retries: u8,
}

impl Settings {
    fn louder(&mut self) {
        self.volume = self.volume.saturating_add(10);
    }

    fn get(&self) -> u8 {
        self.volume
    }
}

const DEFAULTS: Settings = Settings { volume: 50, brightness: 70, retries: 3 };
const PALETTE: [u8; 3] = [10, 20, 30];

fn load_user(volume: u8) -> Settings {
    DEFAULTS.volume = volume;
    DEFAULTS.louder();
    let mut s = DEFAULTS;
    s.volume = volume;
    s
}

#[allow(const_item_mutation)]
fn reset_palette() -> u8 {
    PALETTE[0] = 0;
    PALETTE[0]
}

mod strict {
    use super::{Settings, DEFAULTS};

    #[warn(const_item_mutation)]
    pub fn dim() -> Settings {
        DEFAULTS.brightness = 10;
        DEFAULTS
    }

    #[allow(const_item_mutation)]
    pub struct Unused;

    pub fn retry_budget() -> u8 {
        DEFAULTS.retries += 1;
        DEFAULTS.get()
    }
}

fn main() {
    let s = load_user(80);
    println!("{:?} {} {:?}", s, reset_palette(), strict::dim());
    println!("{} {}", strict::retry_budget(), PALETTE[1]);
    let _ = strict::Unused;
}
