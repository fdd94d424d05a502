// edition:2024
// Declarative macros building a small HTML DSL, with recursion, tt munching and $crate paths.
use std::fmt::Write;

pub struct Html {
    out: String,
}

impl Html {
    pub fn new() -> Self {
        Html { out: String::new() }
    }

    pub fn open(&mut self, tag: &str, attrs: &[(&str, String)]) {
        let _ = write!(self.out, "<{tag}");
        for (k, v) in attrs {
            let _ = write!(self.out, " {k}=\"{v}\"");
        }
        self.out.push('>');
    }

    pub fn close(&mut self, tag: &str) {
        let _ = write!(self.out, "</{tag}>");
    }

    pub fn text(&mut self, t: impl std::fmt::Display) {
        let _ = write!(self.out, "{t}");
    }
}

#[macro_export]
macro_rules! html {
    ($h:ident;) => {};
    ($h:ident; $tag:ident [$($k:ident = $v:expr),* $(,)?] { $($inner:tt)* } $($rest:tt)*) => {
        $h.open(stringify!($tag), &[$((stringify!($k), ($v).to_string())),*]);
        $crate::html!($h; $($inner)*);
        $h.close(stringify!($tag));
        $crate::html!($h; $($rest)*);
    };
    ($h:ident; $tag:ident { $($inner:tt)* } $($rest:tt)*) => {
        $crate::html!($h; $tag [] { $($inner)* } $($rest)*);
    };
    ($h:ident; @for $pat:pat in $iter:expr => { $($body:tt)* } $($rest:tt)*) => {
        for $pat in $iter {
            $crate::html!($h; $($body)*);
        }
        $crate::html!($h; $($rest)*);
    };
    ($h:ident; $text:literal $($rest:tt)*) => {
        $h.text($text);
        $crate::html!($h; $($rest)*);
    };
    ($h:ident; ($e:expr) $($rest:tt)*) => {
        $h.text($e);
        $crate::html!($h; $($rest)*);
    };
}

macro_rules! expr_2021_only {
    ($e:expr_2021) => {
        $e
    };
}

fn main() {
    let items = ["one", "two"];
    let mut h = Html::new();
    html! { h;
        div [class = "list", id = 7] {
            h1 { "Items" }
            ul {
                @for (i, item) in items.iter().enumerate() => {
                    li [data = i] { (item) }
                }
            }
        }
    }
    println!("{} {}", h.out, expr_2021_only!(1 + 2));
}
