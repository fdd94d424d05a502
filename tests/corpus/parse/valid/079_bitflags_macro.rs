// A hand-rolled bitflags macro generating a newtype with consts and bit operators.
macro_rules! bitflags {
    (
        $(#[$outer:meta])*
        $vis:vis struct $name:ident: $ty:ty {
            $(const $flag:ident = $value:expr;)*
        }
    ) => {
        $(#[$outer])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
        $vis struct $name($ty);

        impl $name {
            $(pub const $flag: $name = $name($value);)*

            pub const fn empty() -> Self {
                $name(0)
            }

            pub const fn all() -> Self {
                $name(0 $(| $value)*)
            }

            pub const fn bits(self) -> $ty {
                self.0
            }

            pub const fn contains(self, other: Self) -> bool {
                self.0 & other.0 == other.0
            }
        }

        impl ::std::ops::BitOr for $name {
            type Output = Self;
            fn bitor(self, rhs: Self) -> Self {
                $name(self.0 | rhs.0)
            }
        }

        impl ::std::ops::BitAnd for $name {
            type Output = Self;
            fn bitand(self, rhs: Self) -> Self {
                $name(self.0 & rhs.0)
            }
        }

        impl ::std::ops::Not for $name {
            type Output = Self;
            fn not(self) -> Self {
                $name(!self.0 & Self::all().0)
            }
        }

        impl ::std::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                let mut first = true;
                $(
                    if self.contains($name::$flag) && $value != 0 {
                        if !first { f.write_str(" | ")?; }
                        f.write_str(stringify!($flag))?;
                        first = false;
                    }
                )*
                if first { f.write_str("(empty)")?; }
                Ok(())
            }
        }
    };
}

bitflags! {
    /// File permissions.
    pub struct Perms: u8 {
        const READ = 0b001;
        const WRITE = 0b010;
        const EXEC = 0b100;
    }
}

fn main() {
    let rw = Perms::READ | Perms::WRITE;
    println!("{:?} {:?} {:?} {:?}", rw, !rw, Perms::all(), Perms::empty());
    println!("{} {} {}", rw.contains(Perms::READ), rw.contains(Perms::EXEC), (rw & Perms::WRITE).bits());
}
