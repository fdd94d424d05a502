// Struct update syntax moves the non-Copy fields it takes from the base.
#[derive(Debug)]
struct Palette {
    primary: u32,
    accent: u32,
}

#[derive(Debug)]
struct Theme {
    name_id: u16,
    dark: bool,
    palette: Palette,
    font_size: u8,
}

impl Theme {
    fn default_theme() -> Theme {
        Theme {
            name_id: 1,
            dark: false,
            palette: Palette { primary: 0x336699, accent: 0xff9900 },
            font_size: 12,
        }
    }
}

fn main() {
    let base = Theme::default_theme();
    // Only Copy fields are taken from `base` here, so it stays usable.
    let larger = Theme { palette: Palette { primary: 1, accent: 2 }, font_size: 16, ..base };
    println!("{:?} {}", larger, base.dark);

    // This one takes `palette` from `base`: base.palette is moved.
    let night = Theme { dark: true, ..base };
    println!("{}", night.dark);
    println!("{}", base.font_size);
    println!("{:?}", base.palette);
    println!("{:?}", base);
}
