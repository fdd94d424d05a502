// Building configurations from borrowed defaults with struct update syntax.
#[derive(Debug, Clone, Copy)]
struct Margins {
    top: u16,
    left: u16,
}

#[derive(Debug)]
struct Font {
    size: u8,
    weight: u16,
}

#[derive(Debug)]
struct Page {
    margins: Margins,
    font: Font,
    columns: u8,
}

struct Styles {
    base: Page,
    wide_columns: u8,
}

impl Styles {
    fn wide(&self) -> Page {
        Page { columns: self.wide_columns, ..self.base }
    }

    fn tight(&self) -> Page {
        Page {
            margins: Margins { top: 2, left: 2 },
            font: Font { size: self.base.font.size, weight: self.base.font.weight },
            ..self.base
        }
    }
}

fn with_margins(base: &Page, m: Margins) -> Page {
    Page { margins: m, ..*base }
}

fn bigger_font(base: &Page) -> Page {
    Page { font: Font { size: base.font.size + 2, weight: 700 }, ..*base }
}

fn main() {
    let styles = Styles {
        base: Page { margins: Margins { top: 10, left: 12 }, font: Font { size: 11, weight: 400 }, columns: 1 },
        wide_columns: 3,
    };
    let a = styles.tight();
    let b = bigger_font(&styles.base);
    println!("{:?}\n{:?}", a, b);
    let c = styles.wide();
    let d = with_margins(&styles.base, Margins { top: 0, left: 0 });
    println!("{:?}\n{:?}", c, d);
}
