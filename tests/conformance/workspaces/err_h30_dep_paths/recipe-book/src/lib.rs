// Recipes grouped by course.
pub mod courses;

pub use courses::Course;

pub struct Recipe {
    pub name: &'static str,
    pub course: Course,
    pub minutes: u32,
}

impl Recipe {
    pub const QUICK_LIMIT: u32 = 20;

    pub fn is_quick(&self) -> bool {
        self.minutes <= Recipe::QUICK_LIMIT
    }
}

pub const SOUP: Recipe = Recipe { name: "leek soup", course: Course::Starter, minutes: 35 };
