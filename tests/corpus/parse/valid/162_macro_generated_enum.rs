// A macro generating an enum with string conversions, count, and iteration, using nested repetitions.
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($variant:ident => $text:literal $(| $alias:literal)*),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $($variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub const COUNT: usize = [$(stringify!($variant)),+].len();

            pub fn as_str(&self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::string::String;

            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                match s {
                    $($text $(| $alias)* => Ok($name::$variant),)+
                    other => Err(format!("unknown {}: {other}", stringify!($name))),
                }
            }
        }
    };
}

string_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Level {
        Trace => "trace",
        Debug => "debug" | "dbg",
        Info => "info" | "information",
        Warn => "warn" | "warning",
        Error => "error" | "err",
    }
}

fn main() {
    for l in Level::ALL {
        print!("{} ", l.as_str());
    }
    println!("({} levels)", Level::COUNT);
    for s in ["dbg", "warning", "fatal"] {
        println!("{s:?} -> {:?}", s.parse::<Level>());
    }
}
