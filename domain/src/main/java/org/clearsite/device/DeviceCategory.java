package org.clearsite.device;

/** What kind of device it is; registers name these in many ways, see {@code RegisterVocabulary}. */
public enum DeviceCategory {
  CAMERA,
  RECORDER,
  ENCODER,
  INTERCOM,
  ACCESS_CONTROL,
  OTHER
}
