#ifndef COGNITO_FAKE_SRC_INTERNAL_HUGE_PAGES_H_
#define COGNITO_FAKE_SRC_INTERNAL_HUGE_PAGES_H_

// Memory for the user tables' large arrays, on transparent huge pages where
// Linux gives them. A pool of 100 000 users spreads its index slots over
// 512 pages of 4 KiB and its records over thousands: a lookup of a user
// not in the caches missed the TLB on its index slot, and on a virtual
// machine the page walk cost more than the lookup (~0.1 µs of a sign-in).
// One 2 MiB page holds the whole index.

#include <cstddef>
#include <new>

namespace cognito_fake {
namespace internal {

// From this size up, allocations are whole huge pages, aligned to one.
inline constexpr std::size_t kHugePageBytes = std::size_t{2} << 20;

// `bytes` of memory: from kHugePageBytes up, rounded up to whole huge pages,
// aligned to one and advised to the kernel as huge pages (MADV_HUGEPAGE,
// where there is one; advice only, never an error); below, operator new's.
// Throws std::bad_alloc.
void* AllocateLarge(std::size_t bytes);
// Frees memory AllocateLarge(bytes) gave.
void DeallocateLarge(void* memory, std::size_t bytes) noexcept;

// A standard allocator over AllocateLarge, for std::vector.
template <typename T>
class HugePageAllocator {
 public:
  using value_type = T;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) noexcept {}  // NOLINT(google-explicit-constructor)

  T* allocate(std::size_t count) {
    static_assert(alignof(T) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__, "small allocations come from operator new");
    if (count > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_alloc();
    return static_cast<T*>(AllocateLarge(count * sizeof(T)));
  }
  void deallocate(T* memory, std::size_t count) noexcept { DeallocateLarge(memory, count * sizeof(T)); }
};

// Any two free each other's memory: they hold no state.
template <typename T, typename U>
bool operator==(const HugePageAllocator<T>&, const HugePageAllocator<U>&) {
  return true;
}
template <typename T, typename U>
bool operator!=(const HugePageAllocator<T>&, const HugePageAllocator<U>&) {
  return false;
}

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_HUGE_PAGES_H_
