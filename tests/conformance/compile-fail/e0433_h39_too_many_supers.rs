// Relative paths that climb too far.
mod app {
    pub mod ui {
        pub fn render() -> u32 {
            super::super::VERSION + super::core::tick()
        }
    }
    pub mod core {
        pub fn tick() -> u32 {
            1
        }
    }
}

const VERSION: u32 = 3;

fn banner() -> u32 {
    super::VERSION
}

fn main() {
    println!("{} {}", app::ui::render(), banner());
}
