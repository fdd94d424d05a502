#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Rgb(u8, u8, u8);

impl Rgb {
    const BLACK: Self = Self(0, 0, 0);

    fn gray(v: u8) -> Self {
        Self(v, v, v)
    }

    fn brighter(self) -> Self {
        let Self(r, g, b) = self;
        Self(r.saturating_add(10), g.saturating_add(10), b.saturating_add(10))
    }
}

#[derive(Debug, Default)]
struct Settings {
    width: u32,
    height: u32,
    title: &'static str,
}

impl Settings {
    fn wide() -> Self {
        Self { width: 1920, ..Self::default() }
    }
}

#[derive(Debug, PartialEq)]
struct Nil;

impl Nil {
    fn make() -> Self {
        Self
    }
}

fn main() {
    let c = Rgb::gray(250).brighter();
    println!("{:?} {:?} {}", c, Rgb::BLACK, Rgb::default() == Rgb::BLACK);
    let s = Settings::wide();
    println!("{} {} {:?}", s.width, s.height, s.title);
    println!("{:?}", Nil::make() == Nil);
}
