mod settings {
    #[derive(Debug)]
    pub struct Window {
        pub width: u32,
        pub height: u32,
        dpi: u16,
    }

    pub fn default_window() -> Window {
        Window { width: 800, height: 600, dpi: 96 }
    }

    impl Window {
        pub fn scale(&self) -> f64 {
            self.dpi as f64 / 96.0
        }
    }
}

use settings::{default_window, Window};

fn main() {
    let base = default_window();
    let wide = Window { width: 1920, ..base };
    println!("{:?} {}", wide, wide.scale());
    let Window { width, height, dpi } = default_window();
    println!("{} {} {}", width, height, dpi);
    let Window { width: w, .. } = default_window();
    println!("{}", w);
}
