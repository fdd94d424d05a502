// Settings whose enums derive Default: one forgets #[default], one marks
// a data variant.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
enum Theme {
    Light,
    Dark,
    System,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
enum FontSize {
    Small,
    #[default]
    Medium,
    Large,
    Custom(u8),
}

#[derive(Debug, Clone, Copy, Default)]
enum Wrap {
    #[default]
    Column(u16),
    Off,
}

#[derive(Debug, Clone, Copy, Default)]
struct Settings {
    theme: Theme,
    font: FontSize,
    wrap: Wrap,
    tab_width: u8,
}

impl Settings {
    fn effective_tab(&self) -> u8 {
        if self.tab_width == 0 {
            4
        } else {
            self.tab_width
        }
    }
}

fn main() {
    let s = Settings::default();
    let custom = Settings { font: FontSize::Custom(18), theme: Theme::Dark, ..s };
    println!("{:?} {}", custom, s.effective_tab());
    println!("{:?} {:?} {:?}", Theme::Light, Theme::System, FontSize::Small);
    println!("{:?} {:?} {:?}", FontSize::Large, Wrap::Off, Wrap::Column(80));
}
